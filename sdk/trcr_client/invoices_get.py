from pydantic import Field

from .base_model import BaseModel
from .fragments import InvoiceFields


class InvoicesGet(BaseModel):
    invoices_get: "InvoicesGetInvoicesGet" = Field(alias="invoicesGet")


InvoicesGetInvoicesGet = InvoiceFields
InvoicesGet.model_rebuild()
