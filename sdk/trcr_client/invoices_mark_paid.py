from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesMarkPaid(BaseModel):
    invoices_mark_paid: "InvoicesMarkPaidInvoicesMarkPaid" = Field(
        alias="invoicesMarkPaid"
    )


class InvoicesMarkPaidInvoicesMarkPaid(BaseModel):
    result: Optional["InvoicesMarkPaidInvoicesMarkPaidResult"]
    errors: list["InvoicesMarkPaidInvoicesMarkPaidErrors"]


InvoicesMarkPaidInvoicesMarkPaidResult = InvoiceFields


class InvoicesMarkPaidInvoicesMarkPaidErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesMarkPaid.model_rebuild()
InvoicesMarkPaidInvoicesMarkPaid.model_rebuild()
