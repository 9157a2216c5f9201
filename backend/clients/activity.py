"""A client's history, newest first: its Spaces, its invoices (created, sent, paid, voided),
payments and refunds, and notes. Read straight from each owner's rows, merged by time.

Paging is keyset over (occurred_at, kind, id), descending: each source is asked for the rows
before the cursor, at most a page of each, and the page is the newest of their union.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend.clients.arguments import ClientId
from backend.clients.models import ClientNote
from backend.clients.service import get_client
from backend.core.arguments import DEFAULT_LIMIT, Cursor, Limit
from backend.core.errors import Invalid
from backend.core.money import in_minor_units
from backend.core.pagination import MAX_LIMIT
from backend.core.principal import Principal
from backend.invoices.models import Invoice
from backend.payments.models import Payment, PaymentKind
from backend.projects import service as projects_service


class ActivityKind(StrEnum):
    # The order is the tie-break between kinds at the same instant (later kinds first).
    PROJECT_CREATED = "project_created"
    INVOICE_CREATED = "invoice_created"
    INVOICE_SENT = "invoice_sent"
    PAYMENT_RECORDED = "payment_recorded"
    REFUND_RECORDED = "refund_recorded"
    INVOICE_PAID = "invoice_paid"
    INVOICE_VOIDED = "invoice_voided"
    NOTE_ADDED = "note_added"


@dataclass(frozen=True)
class Activity:
    kind: ActivityKind
    occurred_at: datetime
    entity_id: UUID
    summary: str
    actor_id: UUID | None = None
    project_id: UUID | None = None
    invoice_id: UUID | None = None
    payment_id: UUID | None = None
    note_id: UUID | None = None
    amount: Decimal | None = None
    currency: str | None = None

    @property
    def key(self) -> tuple[datetime, int, str]:
        return (self.occurred_at, _RANK[self.kind], str(self.entity_id))


_RANK = {kind: rank for rank, kind in enumerate(ActivityKind)}


@dataclass(frozen=True)
class ActivityPage:
    """A page of activity, shaped like core's Page (which holds rows of one model)."""

    items: list[Activity]
    next_cursor: str | None
    total: int  # counted with the page: each source's COUNT runs beside its newest rows

    async def total_count(self) -> int:
        return self.total


@dataclass(frozen=True)
class _After:
    """The cursor: the last item's sort key."""

    occurred_at: datetime
    rank: int
    entity_id: str


def _encode(item: Activity) -> str:
    values = [item.occurred_at.isoformat(), _RANK[item.kind], str(item.entity_id)]
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def _decode(cursor: str) -> _After:
    try:
        at, rank, entity_id = json.loads(
            base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        )
        return _After(datetime.fromisoformat(at), int(rank), str(UUID(entity_id)))
    except (ValueError, TypeError) as error:
        raise Invalid(
            "The cursor is not valid. Pass next_cursor from the previous page unchanged.",
            field="cursor",
        ) from error


def _before(time_field: str, kind: ActivityKind, after: _After | None) -> Q:
    """Rows of this kind that sort after the cursor (older, or the same instant and lower)."""
    if after is None:
        return Q()
    rank = _RANK[kind]
    older: dict[str, Any] = {f"{time_field}__lt": after.occurred_at}
    if rank < after.rank:
        same_or_older: dict[str, Any] = {f"{time_field}__lte": after.occurred_at}
        return Q(**same_or_older)
    if rank > after.rank:
        return Q(**older)
    tied: dict[str, Any] = {time_field: after.occurred_at, "id__lt": after.entity_id}
    return Q(**older) | Q(**tied)


async def _newest(
    query: QuerySet[Any], time_field: str, kind: ActivityKind, after: _After | None, n: int
) -> tuple[int, list[Any]]:
    total = await query.count()
    rows = (
        await query.filter(_before(time_field, kind, after))
        .order_by(f"-{time_field}", "-id")
        .limit(n)
    )
    return total, list(rows)


async def list_activity(
    principal: Principal,
    *,
    client_id: ClientId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> ActivityPage:
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid(f"limit must be between 1 and {MAX_LIMIT}; got {limit}.", field="limit")
    client = await get_client(principal, client_id)
    after = _decode(cursor) if cursor else None
    n = limit + 1
    items: list[Activity] = []
    total = 0

    projects = projects_service.accessible_projects(principal).filter(client_id=client.id)
    count, rows = await _newest(projects, "created_at", ActivityKind.PROJECT_CREATED, after, n)
    total += count
    items += [
        Activity(
            ActivityKind.PROJECT_CREATED,
            row.created_at,
            row.id,
            f"Space {row.key} '{row.name}' created",
            actor_id=row.created_by_id,
            project_id=row.id,
        )
        for row in rows
    ]

    invoices = Invoice.filter(organization_id=principal.organization_id, client_id=client.id)
    for kind, field, verb in (
        (ActivityKind.INVOICE_CREATED, "created_at", "created"),
        (ActivityKind.INVOICE_SENT, "sent_at", "sent"),
        (ActivityKind.INVOICE_PAID, "paid_at", "paid"),
        (ActivityKind.INVOICE_VOIDED, "voided_at", "voided"),
    ):
        query = (
            invoices if field == "created_at" else invoices.filter(**{f"{field}__isnull": False})
        )
        count, rows = await _newest(query, field, kind, after, n)
        total += count
        for row in rows:
            name = f"Invoice {row.number}" if row.number else "Draft invoice"
            reason = (
                f": {row.void_reason}"
                if kind is ActivityKind.INVOICE_VOIDED and row.void_reason
                else ""
            )
            items.append(
                Activity(
                    kind,
                    getattr(row, field),
                    row.id,
                    f"{name} {verb} ({in_minor_units(row.total, row.currency):f} "
                    f"{row.currency}){reason}",
                    actor_id=row.created_by_id if kind is ActivityKind.INVOICE_CREATED else None,
                    invoice_id=row.id,
                    amount=in_minor_units(row.total, row.currency),
                    currency=row.currency,
                )
            )

    payments = Payment.filter(
        organization_id=principal.organization_id, invoice__client_id=client.id
    )
    for kind, payment_kind in (
        (ActivityKind.PAYMENT_RECORDED, PaymentKind.PAYMENT),
        (ActivityKind.REFUND_RECORDED, PaymentKind.REFUND),
    ):
        count, rows = await _newest(
            payments.filter(kind=payment_kind).prefetch_related("invoice"),
            "created_at",
            kind,
            after,
            n,
        )
        total += count
        for row in rows:
            invoice = row.invoice
            label = invoice.number or "a draft invoice"
            what = "Payment" if payment_kind is PaymentKind.PAYMENT else "Refund"
            items.append(
                Activity(
                    kind,
                    row.created_at,
                    row.id,
                    f"{what} of {in_minor_units(row.amount, row.currency):f} {row.currency} "
                    f"on {label}, paid on {row.paid_on}",
                    actor_id=row.recorded_by_id,
                    invoice_id=row.invoice_id,
                    payment_id=row.id,
                    amount=in_minor_units(row.amount, row.currency),
                    currency=row.currency,
                )
            )

    notes = ClientNote.filter(client_id=client.id)
    count, rows = await _newest(notes, "created_at", ActivityKind.NOTE_ADDED, after, n)
    total += count
    items += [
        Activity(
            ActivityKind.NOTE_ADDED,
            row.created_at,
            row.id,
            row.body,
            actor_id=row.author_id,
            note_id=row.id,
        )
        for row in rows
    ]

    items.sort(key=lambda item: item.key, reverse=True)
    page, rest = items[:limit], items[limit:]
    return ActivityPage(items=page, next_cursor=_encode(page[-1]) if rest else None, total=total)
