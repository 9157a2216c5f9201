from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesLineItemsUpdate(BaseModel):
    invoices_line_items_update: "InvoicesLineItemsUpdateInvoicesLineItemsUpdate" = (
        Field(alias="invoicesLineItemsUpdate")
    )


class InvoicesLineItemsUpdateInvoicesLineItemsUpdate(BaseModel):
    result: Optional["InvoicesLineItemsUpdateInvoicesLineItemsUpdateResult"]
    errors: list["InvoicesLineItemsUpdateInvoicesLineItemsUpdateErrors"]


InvoicesLineItemsUpdateInvoicesLineItemsUpdateResult = InvoiceFields


class InvoicesLineItemsUpdateInvoicesLineItemsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesLineItemsUpdate.model_rebuild()
InvoicesLineItemsUpdateInvoicesLineItemsUpdate.model_rebuild()
