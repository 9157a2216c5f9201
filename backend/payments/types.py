"""GraphQL type of payments and refunds."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from backend.core.money import in_minor_units
from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.invoices.loaders import invoices_by_id
from backend.invoices.types import Invoice
from backend.payments import models

strawberry.enum(
    models.PaymentKind, name="PaymentKind", description="PAYMENT received, or REFUND of one."
)
PaymentKind = models.PaymentKind


@strawberry.type(description="Money received against an invoice, or a refund of a payment.")
class Payment:
    id: strawberry.ID
    invoice_id: strawberry.ID
    kind: PaymentKind
    refund_of_id: strawberry.ID | None = strawberry.field(
        description="For a refund: the payment it returns."
    )
    amount: Decimal
    currency: str
    paid_on: date
    method: str | None
    reference: str | None
    notes: str | None = strawberry.field(description="A refund's reason.")
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Payment) -> Payment:
        return from_row(cls, row, amount=in_minor_units(row.amount, row.currency))

    @strawberry.field(description="The invoice, with its balance after this payment.")
    async def invoice(self, info: AppInfo) -> Invoice:
        row = await info.context.loaders.get(invoices_by_id).load(str(self.invoice_id))
        assert row is not None
        return Invoice.from_model(row)
