from pydantic import Field

from .base_model import BaseModel
from .fragments import PaymentFields


class PaymentsGet(BaseModel):
    payments_get: "PaymentsGetPaymentsGet" = Field(alias="paymentsGet")


PaymentsGetPaymentsGet = PaymentFields
PaymentsGet.model_rebuild()
