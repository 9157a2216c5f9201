from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesLineItemsRemove(BaseModel):
    invoices_line_items_remove: "InvoicesLineItemsRemoveInvoicesLineItemsRemove" = (
        Field(alias="invoicesLineItemsRemove")
    )


class InvoicesLineItemsRemoveInvoicesLineItemsRemove(BaseModel):
    result: Optional["InvoicesLineItemsRemoveInvoicesLineItemsRemoveResult"]
    errors: list["InvoicesLineItemsRemoveInvoicesLineItemsRemoveErrors"]


InvoicesLineItemsRemoveInvoicesLineItemsRemoveResult = InvoiceFields


class InvoicesLineItemsRemoveInvoicesLineItemsRemoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesLineItemsRemove.model_rebuild()
InvoicesLineItemsRemoveInvoicesLineItemsRemove.model_rebuild()
