from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvoiceFields


class InvoicesLineItemsAdd(BaseModel):
    invoices_line_items_add: "InvoicesLineItemsAddInvoicesLineItemsAdd" = Field(
        alias="invoicesLineItemsAdd"
    )


class InvoicesLineItemsAddInvoicesLineItemsAdd(BaseModel):
    result: Optional["InvoicesLineItemsAddInvoicesLineItemsAddResult"]
    errors: list["InvoicesLineItemsAddInvoicesLineItemsAddErrors"]


InvoicesLineItemsAddInvoicesLineItemsAddResult = InvoiceFields


class InvoicesLineItemsAddInvoicesLineItemsAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


InvoicesLineItemsAdd.model_rebuild()
InvoicesLineItemsAddInvoicesLineItemsAdd.model_rebuild()
