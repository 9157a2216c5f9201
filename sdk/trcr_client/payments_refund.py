from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PaymentFields


class PaymentsRefund(BaseModel):
    payments_refund: "PaymentsRefundPaymentsRefund" = Field(alias="paymentsRefund")


class PaymentsRefundPaymentsRefund(BaseModel):
    result: Optional["PaymentsRefundPaymentsRefundResult"]
    errors: list["PaymentsRefundPaymentsRefundErrors"]


PaymentsRefundPaymentsRefundResult = PaymentFields


class PaymentsRefundPaymentsRefundErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PaymentsRefund.model_rebuild()
PaymentsRefundPaymentsRefund.model_rebuild()
