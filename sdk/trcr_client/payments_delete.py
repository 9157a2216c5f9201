from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PaymentFields


class PaymentsDelete(BaseModel):
    payments_delete: "PaymentsDeletePaymentsDelete" = Field(alias="paymentsDelete")


class PaymentsDeletePaymentsDelete(BaseModel):
    result: Optional["PaymentsDeletePaymentsDeleteResult"]
    errors: list["PaymentsDeletePaymentsDeleteErrors"]


PaymentsDeletePaymentsDeleteResult = PaymentFields


class PaymentsDeletePaymentsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PaymentsDelete.model_rebuild()
PaymentsDeletePaymentsDelete.model_rebuild()
