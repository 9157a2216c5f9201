"""Invoice reads (billing data: manage_billing)."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.invoices import service
from backend.invoices.types import Invoice


@strawberry.type
class InvoicesQuery:
    invoices_list = connection(
        service.list_invoices,
        Invoice,
        description="Invoices, newest first; filter by client, status (OVERDUE too) and issue date.",
    )
    invoices_get = query(
        service.get_invoice, Invoice, description="One invoice with its lines and delivery."
    )
