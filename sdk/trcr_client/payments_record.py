from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import PaymentFields


class PaymentsRecord(BaseModel):
    payments_record: "PaymentsRecordPaymentsRecord" = Field(alias="paymentsRecord")


class PaymentsRecordPaymentsRecord(BaseModel):
    result: Optional["PaymentsRecordPaymentsRecordResult"]
    errors: list["PaymentsRecordPaymentsRecordErrors"]


PaymentsRecordPaymentsRecordResult = PaymentFields


class PaymentsRecordPaymentsRecordErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


PaymentsRecord.model_rebuild()
PaymentsRecordPaymentsRecord.model_rebuild()
