"""What the invoices domain offers the time domain: whether an entry is billed, and locked.

Imports only models, so backend/time can ask without importing the invoices service (which
reads time entries itself): no import cycle.
"""

from __future__ import annotations

from tortoise.expressions import Subquery

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


async def is_billed(time_entry_id: object) -> bool:
    """Whether any invoice (a draft too) bills this entry."""
    return await BilledTimeEntry.exists(time_entry_id=time_entry_id)


def billed_entry_ids(organization_id: object) -> Subquery:
    """The ids of the organization's billed entries, as a subquery for filters."""
    return Subquery(BilledTimeEntry.filter(organization_id=organization_id).values("time_entry_id"))
