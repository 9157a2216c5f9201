"""Payments received against invoices, and refunds of them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.invoices.models import Invoice
    from backend.orgs.models import Organization
    from backend.users.models import User


class PaymentKind(StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"


# A payment (or, with `refund_of`, a refund of one). Amounts are positive; an invoice's amount
# paid is its payments minus its refunds.
class Payment(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="payments", on_delete=fields.CASCADE
    )
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="payments", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(PaymentKind, max_length=7, default=PaymentKind.PAYMENT)
    refund_of: fields.ForeignKeyNullableRelation[Payment] = fields.ForeignKeyField(
        "models.Payment", related_name="refunds", null=True, on_delete=fields.CASCADE
    )
    amount = fields.DecimalField(max_digits=19, decimal_places=4)
    currency = fields.CharField(max_length=3)  # the invoice's
    paid_on = fields.DateField()
    method = fields.CharField(max_length=50, null=True)
    reference = fields.CharField(max_length=200, null=True)
    notes = fields.TextField(null=True)  # a refund's reason
    recorded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    invoice_id: UUID
    refund_of_id: UUID | None

    class Meta:
        table = "payments"
        indexes = (
            ("organization_id", "paid_on"),
            # payments_list, newest first: of the organization, or of one invoice.
            ("organization_id", "created_at", "id"),
            ("invoice_id", "created_at", "id"),
        )
