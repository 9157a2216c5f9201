from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesVoid(BaseModel):
    invoices_void: "InvoicesVoidInvoicesVoid" = Field(alias="invoicesVoid")


class InvoicesVoidInvoicesVoid(BaseModel):
    result: Optional["InvoicesVoidInvoicesVoidResult"]
    errors: list["InvoicesVoidInvoicesVoidErrors"]


InvoicesVoidInvoicesVoidResult = InvoiceFields


class InvoicesVoidInvoicesVoidErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesVoid.model_rebuild()
InvoicesVoidInvoicesVoid.model_rebuild()
