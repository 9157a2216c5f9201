from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesCreateFromTime(BaseModel):
    invoices_create_from_time: "InvoicesCreateFromTimeInvoicesCreateFromTime" = Field(
        alias="invoicesCreateFromTime"
    )


class InvoicesCreateFromTimeInvoicesCreateFromTime(BaseModel):
    result: Optional["InvoicesCreateFromTimeInvoicesCreateFromTimeResult"]
    errors: list["InvoicesCreateFromTimeInvoicesCreateFromTimeErrors"]


InvoicesCreateFromTimeInvoicesCreateFromTimeResult = InvoiceFields


class InvoicesCreateFromTimeInvoicesCreateFromTimeErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesCreateFromTime.model_rebuild()
InvoicesCreateFromTimeInvoicesCreateFromTime.model_rebuild()
