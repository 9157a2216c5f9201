"""Invoice rules through the service layer: defaults, drafts only, sending (number, freeze,
recipient, all-or-nothing), overdue, void, and the events billing members see."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D  # noqa: N817  (amounts read like the hand computation)

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.invoices import pdf as invoice_pdf
from backend.invoices import service
from backend.invoices.arguments import InvoiceListStatus
from backend.invoices.events import InvoiceEvent, billing_only
from backend.invoices.models import Invoice, InvoiceNumberCounter, InvoiceStatus
from backend.mail.models import OutgoingMail
from backend.orgs.models import Organization
from subscriptions import EventMessage
from tests.backend.invoices import helpers
from tests.conftest import Workspace, new_workspace


async def test_create_defaults_to_the_clients_currency_and_the_organizations_terms(
    workspace: Workspace,
) -> None:
    await Organization.filter(id=workspace.organization_id).update(payment_terms_days=14)
    billed = await helpers.client(workspace, currency="GBP")

    invoice = await service.create_invoice(
        workspace.principal(), client_id=str(billed.id), issue_date=date(2026, 3, 1)
    )

    assert (invoice.currency, invoice.due_date, invoice.status) == (
        "GBP",
        date(2026, 3, 15),
        InvoiceStatus.DRAFT,
    )
    assert invoice.number is None  # numbers are given when sent, never before
    other = await service.create_invoice(
        workspace.principal(), client_id=str(billed.id), currency="usd"
    )
    assert other.currency == "USD"
    with pytest.raises(Invalid):
        await service.create_invoice(
            workspace.principal(), client_id=str(billed.id), currency="XX1"
        )


async def test_an_archived_client_gets_no_new_invoice(workspace: Workspace) -> None:
    billed = await helpers.client(workspace)
    await type(billed).filter(id=billed.id).update(archived_at=date(2026, 1, 1))

    with pytest.raises(Conflict) as refused:
        await service.create_invoice(workspace.principal(), client_id=str(billed.id))
    assert refused.value.reason == "CLIENT_ARCHIVED"
    assert "clients_unarchive" in refused.value.message


async def test_only_drafts_are_edited_or_deleted(workspace: Workspace) -> None:
    billed = await helpers.client(workspace)
    invoice = await helpers.sent(workspace, billed)
    principal = workspace.principal()
    (line,) = await service.lines_of(invoice.id)

    attempts = [
        service.update_invoice(principal, invoice_id=str(invoice.id), notes="late"),
        service.delete_invoice(principal, invoice_id=str(invoice.id)),
        service.add_line(
            principal, invoice_id=str(invoice.id), description="x", quantity=D(1), unit_price=D(1)
        ),
        service.update_line(principal, line_item_id=str(line.id), quantity=D(2)),
        service.remove_line(principal, line_item_id=str(line.id)),
        service.send_invoice(principal, invoice_id=str(invoice.id)),
    ]
    for attempt in attempts:
        with pytest.raises(Conflict) as refused:
            await attempt
        assert refused.value.reason == "NOT_DRAFT"
    stored = await Invoice.get(id=invoice.id)
    assert (stored.total, stored.notes) == (D(100), None)


async def test_a_draft_is_edited_and_deleted(workspace: Workspace) -> None:
    billed = await helpers.client(workspace)
    invoice = await helpers.draft(workspace, billed, ("2", "10", "20"))
    principal = workspace.principal()
    (line,) = await service.lines_of(invoice.id)

    invoice = await service.update_line(principal, line_item_id=str(line.id), unit_price=D("12.5"))
    assert (invoice.subtotal, invoice.tax_total, invoice.total) == (D(25), D(5), D(30))
    invoice = await service.update_invoice(principal, invoice_id=str(invoice.id), tax_rate=D(10))
    invoice = await service.add_line(
        principal, invoice_id=str(invoice.id), description="Extra", quantity=D(1), unit_price=D(5)
    )
    assert [line.tax_rate for line in await service.lines_of(invoice.id)] == [D(20), D(10)]
    invoice = await service.remove_line(principal, line_item_id=str(line.id))
    assert invoice.total == D("5.50")
    with pytest.raises(Invalid):
        await service.update_invoice(
            principal,
            invoice_id=str(invoice.id),
            issue_date=date(2026, 5, 2),
            due_date=date(2026, 5, 1),
        )

    await service.delete_invoice(principal, invoice_id=str(invoice.id))
    assert not await Invoice.exists(id=invoice.id)


@pytest.mark.parametrize(
    ("quantity", "price", "tax", "field"),
    [("0", "1", "0", "quantity"), ("1", "-1", "0", "unit_price"), ("1", "1", "101", "tax_rate")],
)
async def test_line_values_are_checked(
    workspace: Workspace, quantity: str, price: str, tax: str, field: str
) -> None:
    billed = await helpers.client(workspace)
    invoice = await helpers.draft(workspace, billed)
    with pytest.raises(Invalid) as refused:
        await service.add_line(
            workspace.principal(),
            invoice_id=str(invoice.id),
            description="x",
            quantity=D(quantity),
            unit_price=D(price),
            tax_rate=D(tax),
        )
    assert refused.value.field == field


async def test_sending_numbers_per_organization_and_year_and_freezes_the_client(
    workspace: Workspace,
) -> None:
    await Organization.filter(id=workspace.organization_id).update(invoice_prefix="ACME")
    billed = await helpers.client(workspace, "Initech")
    first = await helpers.sent(workspace, billed)
    second = await helpers.sent(workspace, billed)
    last_year = await helpers.draft(
        workspace, billed, ("1", "1", "0"), issue_date=date(2025, 12, 31)
    )
    last_year = await service.send_invoice(workspace.principal(), invoice_id=str(last_year.id))
    elsewhere = await new_workspace("Elsewhere")
    theirs = await helpers.sent(elsewhere, await helpers.client(elsewhere))

    year = first.issue_date.year
    assert [first.number, second.number] == [f"ACME-{year}-0001", f"ACME-{year}-0002"]
    assert last_year.number == "ACME-2025-0001"
    assert theirs.number == f"INV-{year}-0001"
    assert (first.client_name, first.client_address, first.client_tax_id) == (
        "Initech",
        "1 Main Street\nSpringfield",
        "DE123",
    )
    assert first.due_date == first.issue_date + timedelta(days=30)

    # Changing the client or the settings later never rewrites the sent invoice.
    await type(billed).filter(id=billed.id).update(name="Initrode", address="Elsewhere")
    await Organization.filter(id=workspace.organization_id).update(invoice_prefix="NEW")
    stored = await Invoice.get(id=first.id)
    assert (stored.client_name, stored.client_address, stored.number) == (
        "Initech",
        "1 Main Street\nSpringfield",
        f"ACME-{year}-0001",
    )


async def test_sending_needs_a_recipient_and_lines_and_leaves_nothing_half_done(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    principal = workspace.principal()
    nobody = await helpers.client(workspace, billing_email=None)
    invoice = await helpers.draft(workspace, nobody, ("1", "10", "0"))
    with pytest.raises(Invalid) as no_recipient:
        await service.send_invoice(principal, invoice_id=str(invoice.id))
    assert no_recipient.value.reason == "NO_RECIPIENT"
    assert "`to`" in no_recipient.value.message

    empty = await helpers.draft(workspace, nobody)
    with pytest.raises(Invalid) as no_lines:
        await service.send_invoice(principal, invoice_id=str(empty.id), to=["a@b.example"])
    assert no_lines.value.reason == "NO_LINES"
    with pytest.raises(Invalid):
        await service.send_invoice(principal, invoice_id=str(invoice.id), to=["not an address"])

    # A failure after the number was taken (rendering the PDF) rolls everything back.
    def broken(*_args: object) -> bytes:
        raise RuntimeError("renderer down")

    monkeypatch.setattr(invoice_pdf, "render_invoice_pdf", broken)
    with pytest.raises(RuntimeError):
        await service.send_invoice(principal, invoice_id=str(invoice.id), to=["a@b.example"])
    stored = await Invoice.get(id=invoice.id)
    assert (stored.status, stored.number, stored.sent_at) == (InvoiceStatus.DRAFT, None, None)
    assert not await OutgoingMail.exists(about_id=invoice.id)
    counters = await InvoiceNumberCounter.filter(organization_id=workspace.organization_id)
    assert all(counter.last_sequence == 0 for counter in counters)
    monkeypatch.undo()

    sent = await service.send_invoice(principal, invoice_id=str(invoice.id), to=["a@b.example"])
    assert sent.number is not None and sent.number.endswith("-0001")  # the gap was never made
    mail = await OutgoingMail.get(about_id=invoice.id)
    assert mail.recipients == ["a@b.example"]
    assert sent.number in mail.subject


async def test_overdue_is_derived_from_state_balance_and_due_date(workspace: Workspace) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    late = await helpers.draft(
        workspace,
        billed,
        ("1", "100", "0"),
        issue_date=date(2026, 1, 1),
        due_date=date(2026, 1, 31),
    )
    late = await service.send_invoice(principal, invoice_id=str(late.id))
    on_time = await helpers.sent(workspace, billed)
    paid = await helpers.draft(
        workspace,
        billed,
        ("1", "100", "0"),
        issue_date=date(2026, 1, 1),
        due_date=date(2026, 1, 31),
    )
    paid = await service.send_invoice(principal, invoice_id=str(paid.id))
    paid = await service.mark_paid(principal, invoice_id=str(paid.id))

    assert service.is_overdue(late) and not service.is_overdue(on_time)
    assert not service.is_overdue(paid)
    assert not service.is_overdue(late, today=date(2026, 1, 31))  # due today is not late
    overdue = await service.list_invoices(principal, status=InvoiceListStatus.OVERDUE)
    assert [invoice.id for invoice in overdue.items] == [late.id]
    assert late.status == InvoiceStatus.SENT  # never stored
    drafts = await service.list_invoices(principal, status=InvoiceListStatus.PAID)
    assert [invoice.id for invoice in drafts.items] == [paid.id]


async def test_void_is_from_sent_or_partially_paid_with_a_reason(workspace: Workspace) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    draft = await helpers.draft(workspace, billed, ("1", "5", "0"))
    paid = await helpers.sent(workspace, billed)
    await service.mark_paid(principal, invoice_id=str(paid.id))
    for invoice in (draft, paid):
        with pytest.raises(Conflict) as refused:
            await service.void_invoice(principal, invoice_id=str(invoice.id), reason="x")
        assert refused.value.reason == "NOT_VOIDABLE"
    sent = await helpers.sent(workspace, billed)
    with pytest.raises(Invalid):
        await service.void_invoice(principal, invoice_id=str(sent.id), reason="   ")

    voided = await service.void_invoice(principal, invoice_id=str(sent.id), reason="Duplicate")
    assert (voided.status, voided.balance, voided.void_reason) == (
        InvoiceStatus.VOID,
        0,
        "Duplicate",
    )
    with pytest.raises(Conflict):
        await service.void_invoice(principal, invoice_id=str(sent.id), reason="again")


async def test_invoices_need_manage_billing_and_stay_in_their_organization(
    workspace: Workspace,
) -> None:
    billed = await helpers.client(workspace)
    invoice = await helpers.draft(workspace, billed)
    manager = workspace.principal(Role.MANAGER)
    with pytest.raises(Forbidden):
        await service.get_invoice(manager, invoice_id=str(invoice.id))
    with pytest.raises(Forbidden):
        await service.list_invoices(manager)
    other = await new_workspace("Other")
    with pytest.raises(NotFound):
        await service.get_invoice(other.principal(), invoice_id=str(invoice.id))
    with pytest.raises(NotFound):
        await service.create_invoice(other.principal(), client_id=str(billed.id))


async def test_changes_record_their_events_and_paid_is_recorded_once(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    invoice = await helpers.sent(workspace, billed)
    await service.mark_paid(principal, invoice_id=str(invoice.id))

    mine = [(m.type, m.entity_id) for m in published if m.entity_id == str(invoice.id)]
    assert [kind for kind, _ in mine] == [
        "invoice.created",
        "invoice.updated",  # the line
        "invoice.sent",
        "invoice.paid",
    ]


class _Viewer:
    def __init__(self, principal: object) -> None:
        self.principal = principal

    async def can_access_space(self, project_id: str) -> bool:
        return True


async def test_billing_events_are_seen_only_with_manage_billing(workspace: Workspace) -> None:
    message = EventMessage(
        type=InvoiceEvent.PAID.value,
        organization_id=workspace.organization_id,
        entity_type="invoice",
        entity_id="x",
        project_id=None,
        actor_id=workspace.user_id,
        occurred_at=datetime.now(UTC),
    )
    assert await billing_only(_Viewer(workspace.principal(Role.ADMIN)), message)  # type: ignore[arg-type]
    assert not await billing_only(_Viewer(workspace.principal(Role.MANAGER)), message)  # type: ignore[arg-type]
