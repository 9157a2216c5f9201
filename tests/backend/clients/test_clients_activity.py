"""A client's activity: Spaces, invoices created/sent/paid/voided, payments and refunds, and
notes, newest first, paged without gaps or repeats (ties at one instant included)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from backend.clients import activity, service
from backend.clients.activity import ActivityKind
from backend.clients.models import ClientNote
from backend.core.errors import Forbidden, Invalid
from backend.core.permissions import Role
from backend.invoices.models import Invoice, InvoiceStatus
from backend.payments.models import Payment, PaymentKind
from backend.projects import service as projects_service
from backend.projects.models import Project
from tests.conftest import Workspace

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)


def at(hours: int) -> datetime:
    return T0 + timedelta(hours=hours)


async def _history(workspace: Workspace) -> tuple[str, dict[str, str]]:
    """A client with one of each kind of event, at known times (hours after T0)."""
    org = workspace.organization_id
    client = await service.create_client(workspace.principal(), name="Globex")
    other = await service.create_client(workspace.principal(), name="Initech")
    space = await projects_service.create_project(
        workspace.principal(), name="Web", key="WEB", client_id=str(client.id)
    )
    await projects_service.create_project(
        workspace.principal(), name="Not theirs", key="NOT", client_id=str(other.id)
    )
    await Project.filter(id=space.id).update(created_at=at(0))
    paid = await Invoice.create(
        organization_id=org,
        client_id=client.id,
        currency="USD",
        status=InvoiceStatus.PAID,
        number="INV-2026-0001",
        total=Decimal("100"),
        sent_at=at(2),
        paid_at=at(4),
    )
    await Invoice.filter(id=paid.id).update(created_at=at(1))
    voided = await Invoice.create(
        organization_id=org,
        client_id=client.id,
        currency="USD",
        status=InvoiceStatus.VOID,
        number="INV-2026-0002",
        total=Decimal("50"),
        sent_at=at(5),
        voided_at=at(7),
        void_reason="Duplicate",
    )
    await Invoice.filter(id=voided.id).update(created_at=at(4))  # same instant as the payment
    payment = await Payment.create(
        organization_id=org,
        invoice_id=paid.id,
        amount=Decimal("100"),
        currency="USD",
        paid_on=date(2026, 11, 2),
    )
    await Payment.filter(id=payment.id).update(created_at=at(3))
    refund = await Payment.create(
        organization_id=org,
        invoice_id=paid.id,
        kind=PaymentKind.REFUND,
        refund_of_id=payment.id,
        amount=Decimal("10"),
        currency="USD",
        paid_on=date(2026, 11, 2),
    )
    await Payment.filter(id=refund.id).update(created_at=at(6))
    note = await service.add_note(workspace.principal(), client_id=str(client.id), body="Nice")
    await ClientNote.filter(id=note.id).update(created_at=at(8))
    other_invoice = await Invoice.create(organization_id=org, client_id=other.id, currency="USD")
    await Invoice.filter(id=other_invoice.id).update(created_at=at(9))
    ids = {
        "space": str(space.id),
        "paid": str(paid.id),
        "voided": str(voided.id),
        "payment": str(payment.id),
        "refund": str(refund.id),
        "note": str(note.id),
    }
    return str(client.id), ids


EXPECTED = [
    (ActivityKind.NOTE_ADDED, 8, "note"),
    (ActivityKind.INVOICE_VOIDED, 7, "voided"),
    (ActivityKind.REFUND_RECORDED, 6, "refund"),
    (ActivityKind.INVOICE_SENT, 5, "voided"),
    (ActivityKind.INVOICE_PAID, 4, "paid"),
    (ActivityKind.INVOICE_CREATED, 4, "voided"),
    (ActivityKind.PAYMENT_RECORDED, 3, "payment"),
    (ActivityKind.INVOICE_SENT, 2, "paid"),
    (ActivityKind.INVOICE_CREATED, 1, "paid"),
    (ActivityKind.PROJECT_CREATED, 0, "space"),
]


async def test_the_history_is_newest_first_with_every_kind(workspace: Workspace) -> None:
    client_id, ids = await _history(workspace)

    page = await activity.list_activity(workspace.principal(), client_id=client_id)

    assert [(a.kind, a.occurred_at, str(a.entity_id)) for a in page.items] == [
        (kind, at(hours), ids[name]) for kind, hours, name in EXPECTED
    ]
    assert (await page.total_count(), page.next_cursor) == (10, None)
    voided = page.items[1]
    assert voided.summary == "Invoice INV-2026-0002 voided (50.00 USD): Duplicate"
    assert (voided.amount, voided.currency) == (Decimal("50"), "USD")
    assert page.items[2].payment_id is not None and str(page.items[2].invoice_id) == ids["paid"]


@pytest.mark.parametrize("limit", [1, 3, 4])
async def test_pages_cover_the_history_once_in_order(workspace: Workspace, limit: int) -> None:
    client_id, ids = await _history(workspace)

    seen: list[tuple[ActivityKind, str]] = []
    cursor = None
    for _ in range(20):
        page = await activity.list_activity(
            workspace.principal(), client_id=client_id, limit=limit, cursor=cursor
        )
        assert len(page.items) <= limit and await page.total_count() == 10
        seen += [(a.kind, str(a.entity_id)) for a in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break

    assert seen == [(kind, ids[name]) for kind, _, name in EXPECTED]


async def test_activity_needs_billing_and_a_valid_cursor(workspace: Workspace) -> None:
    client = await service.create_client(workspace.principal(), name="Globex")
    with pytest.raises(Forbidden):
        await activity.list_activity(workspace.principal(Role.MANAGER), client_id=str(client.id))
    with pytest.raises(Invalid) as bad:
        await activity.list_activity(workspace.principal(), client_id=str(client.id), cursor="zz")
    assert bad.value.field == "cursor"
    empty = await activity.list_activity(workspace.principal(), client_id=str(client.id))
    assert (empty.items, await empty.total_count()) == ([], 0)
