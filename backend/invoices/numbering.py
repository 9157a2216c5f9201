"""Invoice numbers: `INV-2026-0001` (the organization's prefix, the year, the sequence of that
year), gap-free per organization and year.

A number is taken inside the send's transaction: the counter row of (organization, year) is
created if missing (INSERT … ON CONFLICT DO NOTHING, so two first sends of a year do not
collide), then locked (SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already
serializes writers) and incremented. A send that rolls back gives its number back with it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

from backend.invoices.models import InvoiceNumberCounter


def format_number(prefix: str, year: int, sequence: int) -> str:
    """`INV-2026-0001`; sequences past 9999 keep every digit (`INV-2026-12345`)."""
    return f"{prefix}-{year}-{sequence:04d}"


async def take_number(organization_id: object, year: int) -> int:
    """The next sequence of (organization, year); call inside the send's transaction."""
    db = InvoiceNumberCounter._meta.db
    now = datetime.now(UTC)
    dialect = db.capabilities.dialect
    placeholders = "$1, $2, $3, 0, $4, $4" if dialect == "postgres" else "?, ?, ?, 0, ?, ?"
    values: list[object] = [uuid4(), organization_id, year, now]
    if dialect != "postgres":  # SQLite keeps ids and times as text, as tortoise writes them
        values = [str(uuid4()), str(organization_id), year, now.isoformat(" "), now.isoformat(" ")]
    await db.execute_query(
        "INSERT INTO invoice_number_counters "
        "(id, organization_id, year, last_sequence, created_at, updated_at) "
        f"VALUES ({placeholders}) ON CONFLICT (organization_id, year) DO NOTHING",
        values,
    )
    counter = (
        await InvoiceNumberCounter.filter(organization_id=organization_id, year=year)
        .select_for_update()
        .get()
    )
    counter.last_sequence += 1
    await counter.save(update_fields=["last_sequence", "updated_at"])
    return counter.last_sequence
