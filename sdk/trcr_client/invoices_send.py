from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesSend(BaseModel):
    invoices_send: "InvoicesSendInvoicesSend" = Field(alias="invoicesSend")


class InvoicesSendInvoicesSend(BaseModel):
    result: Optional["InvoicesSendInvoicesSendResult"]
    errors: list["InvoicesSendInvoicesSendErrors"]


InvoicesSendInvoicesSendResult = InvoiceFields


class InvoicesSendInvoicesSendErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesSend.model_rebuild()
InvoicesSendInvoicesSend.model_rebuild()
