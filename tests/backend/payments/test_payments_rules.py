"""Payment rules: amounts above 0 and at most the balance, refunds at most what a payment paid,
and every change recomputing the invoice's amount paid, balance and status in its transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D  # noqa: N817  (amounts read like the hand computation)

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.invoices import service as invoices
from backend.invoices.models import Invoice, InvoiceStatus
from backend.payments import service
from backend.payments.models import Payment
from subscriptions import EventMessage
from tests.backend.invoices import helpers
from tests.conftest import Workspace, new_workspace

ON = date(2026, 11, 20)


async def _sent(workspace: Workspace, total: str = "100", currency: str = "EUR") -> Invoice:
    billed = await helpers.client(workspace, currency=currency)
    return await helpers.sent(workspace, billed, ("1", total, "0"))


async def _state(invoice: Invoice) -> tuple[InvoiceStatus, D, D]:
    stored = await Invoice.get(id=invoice.id)
    return stored.status, stored.amount_paid, stored.balance


async def test_payments_move_the_invoice_from_sent_to_partially_paid_to_paid(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    principal = workspace.principal()
    invoice = await _sent(workspace)

    first = await service.record_payment(
        principal, invoice_id=str(invoice.id), amount=D("40.00"), paid_on=ON, method="transfer"
    )
    assert await _state(invoice) == (InvoiceStatus.PARTIALLY_PAID, D(40), D(60))
    await service.record_payment(principal, invoice_id=str(invoice.id), amount=D(60), paid_on=ON)
    assert await _state(invoice) == (InvoiceStatus.PAID, D(100), D(0))
    assert (await Invoice.get(id=invoice.id)).paid_at is not None
    assert [m.type for m in published].count("invoice.paid") == 1

    # Deleting a payment reopens the invoice; correcting one recomputes it.
    await service.delete_payment(principal, payment_id=str(first.id))
    assert await _state(invoice) == (InvoiceStatus.PARTIALLY_PAID, D(60), D(40))
    assert (await Invoice.get(id=invoice.id)).paid_at is None
    later = await service.record_payment(
        principal, invoice_id=str(invoice.id), amount=D(30), paid_on=ON
    )
    await service.update_payment(principal, payment_id=str(later.id), amount=D(40))
    assert await _state(invoice) == (InvoiceStatus.PAID, D(100), D(0))
    assert [m.type for m in published].count("invoice.paid") == 2
    assert {"payment.recorded", "payment.updated", "payment.deleted"} <= {m.type for m in published}


async def test_an_overpayment_is_refused_with_the_balance_in_the_message(
    workspace: Workspace,
) -> None:
    principal = workspace.principal()
    invoice = await _sent(workspace, "100")
    await service.record_payment(principal, invoice_id=str(invoice.id), amount=D(70), paid_on=ON)

    with pytest.raises(Invalid) as refused:
        await service.record_payment(
            principal, invoice_id=str(invoice.id), amount=D("30.01"), paid_on=ON
        )
    assert refused.value.reason == "OVERPAYMENT"
    assert "30.00 EUR" in refused.value.message
    for amount in (D(0), D(-5), D("1.234")):
        with pytest.raises(Invalid):
            await service.record_payment(
                principal, invoice_id=str(invoice.id), amount=amount, paid_on=ON
            )
    payment = (await Payment.filter(invoice_id=invoice.id))[0]
    with pytest.raises(Invalid):  # a correction cannot overpay either
        await service.update_payment(principal, payment_id=str(payment.id), amount=D("100.01"))
    assert await _state(invoice) == (InvoiceStatus.PARTIALLY_PAID, D(70), D(30))


async def test_yen_payments_take_no_decimals(workspace: Workspace) -> None:
    invoice = await _sent(workspace, "1000", currency="JPY")
    with pytest.raises(Invalid) as refused:
        await service.record_payment(
            workspace.principal(), invoice_id=str(invoice.id), amount=D("10.5"), paid_on=ON
        )
    assert refused.value.reason == "CURRENCY_DIGITS"


async def test_drafts_and_void_invoices_take_no_payments(workspace: Workspace) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace)
    draft = await helpers.draft(workspace, billed, ("1", "10", "0"))
    with pytest.raises(Conflict) as not_sent:
        await service.record_payment(principal, invoice_id=str(draft.id), amount=D(1), paid_on=ON)
    assert not_sent.value.reason == "NOT_SENT"
    sent = await _sent(workspace)
    await invoices.void_invoice(principal, invoice_id=str(sent.id), reason="Oops")
    with pytest.raises(Conflict):
        await service.record_payment(principal, invoice_id=str(sent.id), amount=D(1), paid_on=ON)
    with pytest.raises(Conflict):
        await invoices.mark_paid(principal, invoice_id=str(sent.id))


async def test_a_refund_returns_at_most_what_the_payment_paid_net_of_earlier_refunds(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    principal = workspace.principal()
    invoice = await _sent(workspace)
    payment = await service.record_payment(
        principal, invoice_id=str(invoice.id), amount=D(100), paid_on=ON
    )
    await service.refund_payment(principal, payment_id=str(payment.id), amount=D(30))
    assert await _state(invoice) == (InvoiceStatus.PARTIALLY_PAID, D(70), D(30))

    with pytest.raises(Invalid) as too_much:
        await service.refund_payment(principal, payment_id=str(payment.id), amount=D("70.01"))
    assert too_much.value.reason == "OVER_REFUND"
    assert "70.00 EUR" in too_much.value.message
    with pytest.raises(Invalid):  # a payment cannot drop below what it has refunded
        await service.update_payment(principal, payment_id=str(payment.id), amount=D(20))
    rest = await service.refund_payment(principal, payment_id=str(payment.id))  # the rest
    assert rest.amount == D(70)
    assert await _state(invoice) == (InvoiceStatus.SENT, D(0), D(100))
    with pytest.raises(Conflict):
        await service.refund_payment(principal, payment_id=str(payment.id))
    with pytest.raises(Conflict):
        await service.refund_payment(principal, payment_id=str(rest.id))
    assert "payment.refunded" in {m.type for m in published}


async def test_mark_paid_records_the_balance(workspace: Workspace) -> None:
    principal = workspace.principal()
    invoice = await _sent(workspace, "250")
    await service.record_payment(principal, invoice_id=str(invoice.id), amount=D(50), paid_on=ON)

    paid = await invoices.mark_paid(principal, invoice_id=str(invoice.id), paid_on=ON)

    assert (paid.status, paid.amount_paid, paid.balance) == (InvoiceStatus.PAID, D(200) + 50, 0)
    amounts = sorted(p.amount for p in await Payment.filter(invoice_id=invoice.id))
    assert amounts == [D(50), D(200)]
    with pytest.raises(Conflict):
        await invoices.mark_paid(principal, invoice_id=str(invoice.id))


async def test_listing_filters_and_permissions(workspace: Workspace) -> None:
    principal = workspace.principal()
    invoice = await _sent(workspace)
    other = await _sent(workspace)
    mine = await service.record_payment(
        principal, invoice_id=str(invoice.id), amount=D(1), paid_on=ON
    )
    await service.record_payment(
        principal, invoice_id=str(other.id), amount=D(2), paid_on=date(2026, 1, 1)
    )

    by_invoice = await service.list_payments(principal, invoice_id=str(invoice.id))
    assert [p.id for p in by_invoice.items] == [mine.id]
    by_client = await service.list_payments(principal, client_id=str(invoice.client_id))
    assert [p.id for p in by_client.items] == [mine.id]
    by_day = await service.list_payments(principal, from_=date(2026, 6, 1))
    assert [p.id for p in by_day.items] == [mine.id]
    with pytest.raises(Forbidden):
        await service.get_payment(workspace.principal(Role.MANAGER), payment_id=str(mine.id))
    stranger = await new_workspace("Stranger")
    with pytest.raises(NotFound):
        await service.get_payment(stranger.principal(), payment_id=str(mine.id))
    with pytest.raises(NotFound):
        await service.record_payment(
            stranger.principal(), invoice_id=str(invoice.id), amount=D(1), paid_on=ON
        )
