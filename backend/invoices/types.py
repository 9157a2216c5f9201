"""GraphQL types of invoices, their lines, the discount input and the email delivery."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from backend.core.fields import register_input
from backend.core.money import in_minor_units
from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.invoices import arguments, models, service
from backend.invoices.loaders import lines_by_invoice
from backend.mail.service import latest_about

# Registered in place: annotations use the service-layer enums themselves.
strawberry.enum(
    models.InvoiceStatus,
    name="InvoiceStatus",
    description="draft → sent → partially_paid → paid; void from sent or partially paid.",
)
strawberry.enum(
    models.DiscountKind, name="DiscountKind", description="PERCENT of the subtotal, or AMOUNT."
)
strawberry.enum(
    arguments.InvoiceListStatus,
    name="InvoiceListStatus",
    description="A stored state, or OVERDUE (sent or partially paid, balance > 0, past due).",
)
strawberry.enum(arguments.GroupBy, name="InvoiceGroupBy", description="One invoice line per what.")
InvoiceStatus = models.InvoiceStatus
DiscountKind = models.DiscountKind


@strawberry.input(description="An invoice discount, applied before tax.")
class DiscountInput:
    kind: DiscountKind = strawberry.field(description="PERCENT or AMOUNT.")
    value: Decimal = strawberry.field(
        description="The percent (0 to 100) or the amount in the invoice's currency."
    )

    def to_discount(self) -> arguments.Discount:
        return arguments.Discount(kind=models.DiscountKind(self.kind), value=self.value)


register_input(arguments.Discount, DiscountInput, DiscountInput.to_discount)


@strawberry.type(description="The email an invoice was last sent with, and how it went.")
class InvoiceDelivery:
    status: str = strawberry.field(description="queued, sending, sent or failed (after retries).")
    recipients: list[str]
    attempts: int
    last_error: str | None
    sent_at: datetime | None


@strawberry.type(description="A line of an invoice: quantity x unit price, taxed at its rate.")
class InvoiceLine:
    id: strawberry.ID
    invoice_id: strawberry.ID
    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = strawberry.field(description="Percent.")
    amount: Decimal = strawberry.field(description="quantity x unit price, rounded half-up.")

    @classmethod
    def from_model(cls, row: models.InvoiceLine, currency: str) -> InvoiceLine:
        return from_row(
            cls,
            row,
            quantity=row.quantity.normalize(),
            tax_rate=row.tax_rate.normalize(),
            amount=in_minor_units(row.amount, currency),
        )


_AMOUNTS = ("subtotal", "discount_total", "tax_total", "total", "amount_paid", "balance")


@strawberry.type(description="An invoice. Sent invoices are frozen; overdue is derived.")
class Invoice:
    id: strawberry.ID
    client_id: strawberry.ID
    status: InvoiceStatus
    number: str | None = strawberry.field(description="Given when sent: PREFIX-YEAR-0001.")
    currency: str
    issue_date: date | None
    due_date: date | None
    notes: str | None
    default_tax_rate: Decimal = strawberry.field(description="Percent, for lines added later.")
    discount_kind: DiscountKind | None
    discount_value: Decimal | None
    subtotal: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal
    amount_paid: Decimal = strawberry.field(description="Payments less refunds.")
    balance: Decimal
    client_name: str | None = strawberry.field(description="As billed (frozen when sent).")
    client_address: str | None
    client_tax_id: str | None
    sent_at: datetime | None
    paid_at: datetime | None
    voided_at: datetime | None
    void_reason: str | None
    created_at: datetime
    updated_at: datetime
    overdue: bool = strawberry.field(
        description="Sent or partially paid, balance above 0, and past the due date."
    )
    pdf_path: str = strawberry.field(
        description="GET this path with the same Bearer token for the PDF."
    )

    @classmethod
    def from_model(cls, row: models.Invoice) -> Invoice:
        amounts = {name: in_minor_units(getattr(row, name), row.currency) for name in _AMOUNTS}
        return from_row(
            cls,
            row,
            **amounts,
            default_tax_rate=row.default_tax_rate.normalize(),
            discount_value=None if row.discount_value is None else row.discount_value.normalize(),
            overdue=service.is_overdue(row),
            pdf_path=f"/invoices/{row.id}.pdf",
        )

    @strawberry.field(description="The lines, in order.")
    async def lines(self, info: AppInfo) -> list[InvoiceLine]:
        rows = await info.context.loaders.get(lines_by_invoice).load(str(self.id))
        return [InvoiceLine.from_model(row, self.currency) for row in rows]

    @strawberry.field(description="The last email of this invoice; null before it is sent.")
    async def delivery(self) -> InvoiceDelivery | None:
        mail = await latest_about("invoice", self.id)
        if mail is None:
            return None
        return InvoiceDelivery(
            status=mail.status.value,
            recipients=list(mail.recipients),
            attempts=mail.attempts,
            last_error=mail.last_error,
            sent_at=mail.sent_at,
        )
