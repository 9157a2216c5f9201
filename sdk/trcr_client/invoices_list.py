from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import InvoiceFields


class InvoicesList(BaseModel):
    invoices_list: "InvoicesListInvoicesList" = Field(alias="invoicesList")


class InvoicesListInvoicesList(BaseModel):
    items: list["InvoicesListInvoicesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


InvoicesListInvoicesListItems = InvoiceFields
InvoicesList.model_rebuild()
InvoicesListInvoicesList.model_rebuild()
