from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesCreate(BaseModel):
    invoices_create: "InvoicesCreateInvoicesCreate" = Field(alias="invoicesCreate")


class InvoicesCreateInvoicesCreate(BaseModel):
    result: Optional["InvoicesCreateInvoicesCreateResult"]
    errors: list["InvoicesCreateInvoicesCreateErrors"]


InvoicesCreateInvoicesCreateResult = InvoiceFields


class InvoicesCreateInvoicesCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesCreate.model_rebuild()
InvoicesCreateInvoicesCreate.model_rebuild()
