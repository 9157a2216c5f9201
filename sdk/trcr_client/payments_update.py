from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PaymentFields


class PaymentsUpdate(BaseModel):
    payments_update: "PaymentsUpdatePaymentsUpdate" = Field(alias="paymentsUpdate")


class PaymentsUpdatePaymentsUpdate(BaseModel):
    result: Optional["PaymentsUpdatePaymentsUpdateResult"]
    errors: list["PaymentsUpdatePaymentsUpdateErrors"]


PaymentsUpdatePaymentsUpdateResult = PaymentFields


class PaymentsUpdatePaymentsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PaymentsUpdate.model_rebuild()
PaymentsUpdatePaymentsUpdate.model_rebuild()
