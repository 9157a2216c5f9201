"""The worked invoice, computed by hand: three lines at different tax rates, a percent discount,
a currency without a minor unit (JPY); then a partial payment, a refund and a void."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817  (amounts read like the hand computation)

from backend.invoices import service
from backend.invoices.arguments import Discount
from backend.invoices.models import DiscountKind, Invoice, InvoiceLine, InvoiceStatus
from backend.payments import service as payments
from tests.backend.invoices import helpers
from tests.conftest import Workspace


async def test_the_worked_invoice_is_exact_through_payment_refund_and_void(
    workspace: Workspace,
) -> None:
    principal = workspace.principal()
    billed = await helpers.client(workspace, currency="JPY")
    # Given three lines:
    #   2.5 x 3333 = 8332.5 → 8333 (half up, JPY has no minor unit)   tax 10%
    #   1 x 12000  = 12000                                            tax 8%
    #   3 x 1999   = 5997                                             tax 0%
    # subtotal 26330; 5% discount = 1316.5 → 1317, spread pro rata:
    #   8333/26330 x 1317 = 416.8 → 417; 12000/26330 x 1317 = 600.2 → 600; last: 1317 - 1017 = 300
    # tax: (8333 - 417) x 10% = 791.6 → 792; (12000 - 600) x 8% = 912; 0 → 1704
    # total 26330 - 1317 + 1704 = 26717
    invoice = await helpers.draft(
        workspace,
        billed,
        ("2.5", "3333", "10"),
        ("1", "12000", "8"),
        ("3", "1999", "0"),
        discount=Discount(DiscountKind.PERCENT, D(5)),
    )
    assert invoice.currency == "JPY"
    assert [line.amount for line in await service.lines_of(invoice.id)] == [8333, 12000, 5997]
    assert (invoice.subtotal, invoice.discount_total, invoice.tax_total, invoice.total) == (
        26330,
        1317,
        1704,
        26717,
    )

    # When it is sent, then paid in part (10000), then 2500 of that is refunded:
    invoice = await service.send_invoice(principal, invoice_id=str(invoice.id))
    assert (invoice.status, invoice.balance) == (InvoiceStatus.SENT, 26717)
    payment = await payments.record_payment(
        principal, invoice_id=str(invoice.id), amount=D(10000), paid_on=invoice.issue_date
    )
    stored = await Invoice.get(id=invoice.id)
    assert (stored.status, stored.amount_paid, stored.balance) == (
        InvoiceStatus.PARTIALLY_PAID,
        10000,
        16717,
    )
    refund = await payments.refund_payment(
        principal, payment_id=str(payment.id), amount=D(2500), reason="Goodwill"
    )
    assert (refund.amount, refund.refund_of_id, refund.notes) == (2500, payment.id, "Goodwill")
    stored = await Invoice.get(id=invoice.id)
    assert (stored.amount_paid, stored.balance) == (7500, 19217)

    # Then voiding keeps the totals and what was paid, and leaves nothing owed.
    voided = await service.void_invoice(
        principal, invoice_id=str(invoice.id), reason="Wrong client"
    )
    stored = await Invoice.get(id=voided.id)
    assert (stored.status, stored.void_reason) == (InvoiceStatus.VOID, "Wrong client")
    assert (stored.subtotal, stored.discount_total, stored.tax_total, stored.total) == (
        26330,
        1317,
        1704,
        26717,
    )
    assert (stored.amount_paid, stored.balance) == (7500, 0)
    assert stored.number is not None and stored.number.startswith("INV-")
    # Every stored amount is a whole number of yen.
    for line in await InvoiceLine.filter(invoice_id=invoice.id):
        assert line.amount == line.amount.to_integral_value()
