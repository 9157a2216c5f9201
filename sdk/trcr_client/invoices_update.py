from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesUpdate(BaseModel):
    invoices_update: "InvoicesUpdateInvoicesUpdate" = Field(alias="invoicesUpdate")


class InvoicesUpdateInvoicesUpdate(BaseModel):
    result: Optional["InvoicesUpdateInvoicesUpdateResult"]
    errors: list["InvoicesUpdateInvoicesUpdateErrors"]


InvoicesUpdateInvoicesUpdateResult = InvoiceFields


class InvoicesUpdateInvoicesUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesUpdate.model_rebuild()
InvoicesUpdateInvoicesUpdate.model_rebuild()
