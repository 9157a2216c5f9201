"""Invoice changes: drafts, lines, billing time, sending, paying, voiding."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.invoices import service
from backend.invoices.types import Invoice


@strawberry.type
class InvoicesMutation:
    invoices_create = mutation(
        service.create_invoice, Invoice, description="Create an empty draft invoice for a client."
    )
    invoices_create_from_time = mutation(
        service.create_invoice_from_time,
        Invoice,
        description="Create a draft billing a client's unbilled billable time in a date range; "
        "each time entry is billed at most once, ever.",
    )
    invoices_update = mutation(
        service.update_invoice,
        Invoice,
        description="Change a draft invoice; omitted arguments stay unchanged.",
    )
    invoices_delete = mutation(
        service.delete_invoice,
        Invoice,
        description="Delete a draft invoice; its time entries are unbilled again.",
    )
    invoices_line_items_add = mutation(
        service.add_line, Invoice, description="Add a line to a draft invoice."
    )
    invoices_line_items_update = mutation(
        service.update_line, Invoice, description="Change a line of a draft invoice."
    )
    invoices_line_items_remove = mutation(
        service.remove_line, Invoice, description="Remove a line from a draft invoice."
    )
    invoices_send = mutation(
        service.send_invoice,
        Invoice,
        description="Number, freeze and email a draft invoice with its PDF.",
    )
    invoices_mark_paid = mutation(
        service.mark_paid, Invoice, description="Record a payment of the invoice's whole balance."
    )
    invoices_void = mutation(
        service.void_invoice,
        Invoice,
        description="Void a sent or partially paid invoice; its time entries are unbilled again.",
    )
