from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesDelete(BaseModel):
    invoices_delete: "InvoicesDeleteInvoicesDelete" = Field(alias="invoicesDelete")


class InvoicesDeleteInvoicesDelete(BaseModel):
    result: Optional["InvoicesDeleteInvoicesDeleteResult"]
    errors: list["InvoicesDeleteInvoicesDeleteErrors"]


InvoicesDeleteInvoicesDeleteResult = InvoiceFields


class InvoicesDeleteInvoicesDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesDelete.model_rebuild()
InvoicesDeleteInvoicesDelete.model_rebuild()
