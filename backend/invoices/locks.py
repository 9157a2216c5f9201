"""What the invoices domain offers the time domain: whether an entry is locked by billing.

Imports only models, so backend/time can ask without importing the invoices service (which
reads time entries itself): no import cycle.
"""

from __future__ import annotations

from backend.invoices.models import BilledTimeEntry, Invoice, InvoiceStatus


async def locking_invoice(time_entry_id: object) -> Invoice | None:
    """The invoice that locks this entry: one it is billed on that is no longer a draft.

    Entries on a draft stay editable (the draft is still being prepared); deleting a draft or
    voiding an invoice releases its entries (their BilledTimeEntry rows go)."""
    billed = await BilledTimeEntry.get_or_none(time_entry_id=time_entry_id)
    if billed is None:
        return None
    invoice = await Invoice.get(id=billed.invoice_id)
    return None if invoice.status == InvoiceStatus.DRAFT else invoice


def invoice_label(invoice: Invoice) -> str:
    return invoice.number or f"draft {invoice.id}"
