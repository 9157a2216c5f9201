"""Invoices, their lines, the gap-free number counters, and which time entries they bill.

Amounts are Decimals quantized to the invoice currency's minor unit (backend/core/money.py);
four decimal places in the database hold every ISO 4217 currency exactly.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.clients.models import Client
    from backend.orgs.models import Organization
    from backend.time.models import TimeEntry
    from backend.users.models import User


class InvoiceStatus(StrEnum):
    """Stored states. `overdue` is derived (sent or partially paid, balance > 0, past due)."""

    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    VOID = "void"


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


class Invoice(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="invoices", on_delete=fields.CASCADE
    )
    # RESTRICT: a client with invoices is archived, never deleted.
    client: fields.ForeignKeyRelation[Client] = fields.ForeignKeyField(
        "models.Client", related_name="invoices", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(
        InvoiceStatus, max_length=14, default=InvoiceStatus.DRAFT, db_default="draft"
    )
    # Assigned when sent, never before: `INV-2026-0001` (prefix, year, sequence of that year).
    number = fields.CharField(max_length=40, null=True)
    number_year = fields.IntField(null=True)
    number_sequence = fields.IntField(null=True)
    currency = fields.CharField(max_length=3)
    issue_date = fields.DateField(null=True)
    due_date = fields.DateField(null=True)
    notes = fields.TextField(null=True)
    # The tax rate (%) a line gets when it is added without one.
    default_tax_rate = fields.DecimalField(max_digits=7, decimal_places=4, default=0, db_default=0)
    discount_kind = fields.CharEnumField(DiscountKind, max_length=7, null=True)
    discount_value = fields.DecimalField(max_digits=19, decimal_places=4, null=True)
    # Totals, recomputed from the lines on every change of a draft (backend/invoices/totals.py).
    subtotal = fields.DecimalField(max_digits=19, decimal_places=4, default=0, db_default=0)
    discount_total = fields.DecimalField(max_digits=19, decimal_places=4, default=0, db_default=0)
    tax_total = fields.DecimalField(max_digits=19, decimal_places=4, default=0, db_default=0)
    total = fields.DecimalField(max_digits=19, decimal_places=4, default=0, db_default=0)
    amount_paid = fields.DecimalField(max_digits=19, decimal_places=4, default=0, db_default=0)
    balance = fields.DecimalField(max_digits=19, decimal_places=4, default=0, db_default=0)
    # Frozen when sent: who was billed, as they were then.
    client_name = fields.CharField(max_length=200, null=True)
    client_address = fields.TextField(null=True)
    client_tax_id = fields.CharField(max_length=64, null=True)
    sent_at = fields.DatetimeField(null=True)
    paid_at = fields.DatetimeField(null=True)
    voided_at = fields.DatetimeField(null=True)
    void_reason = fields.TextField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    client_id: UUID

    class Meta:
        table = "invoices"
        unique_together = (
            ("organization", "number"),
            ("organization", "number_year", "number_sequence"),
        )
        indexes = (
            ("organization_id", "status"),
            # invoices_list, newest first: of the organization, or of one client.
            ("organization_id", "created_at", "id"),
            ("client_id", "created_at", "id"),
        )


class InvoiceLine(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="lines", on_delete=fields.CASCADE
    )
    position = fields.IntField()
    description = fields.TextField()
    quantity = fields.DecimalField(max_digits=14, decimal_places=4)
    unit_price = fields.DecimalField(max_digits=19, decimal_places=4)
    tax_rate = fields.DecimalField(max_digits=7, decimal_places=4, default=0, db_default=0)  # %
    # quantity x unit price, rounded half-up to the currency's minor unit.
    amount = fields.DecimalField(max_digits=19, decimal_places=4)

    organization_id: UUID
    invoice_id: UUID

    class Meta:
        table = "invoice_lines"
        indexes = (("invoice_id", "position"),)


# The last number given per organization and year; its row is locked while a send takes one.
class InvoiceNumberCounter(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    year = fields.IntField()
    last_sequence = fields.IntField(default=0)

    organization_id: UUID

    class Meta:
        table = "invoice_number_counters"
        unique_together = (("organization", "year"),)


# A time entry billed on an invoice line. Its unique time entry is the database's guarantee that
# an entry is billed at most once, even by concurrent calls. Deleting a draft (or voiding an
# invoice) deletes these rows, which releases the entries.
class BilledTimeEntry(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="billed_entries", on_delete=fields.CASCADE
    )
    line: fields.ForeignKeyRelation[InvoiceLine] = fields.ForeignKeyField(
        "models.InvoiceLine", related_name="billed_entries", on_delete=fields.CASCADE
    )
    time_entry: fields.OneToOneRelation[TimeEntry] = fields.OneToOneField(
        "models.TimeEntry", related_name="billing", on_delete=fields.CASCADE
    )

    organization_id: UUID
    invoice_id: UUID
    line_id: UUID
    time_entry_id: UUID

    class Meta:
        table = "billed_time_entries"
        indexes = (("invoice_id",),)
