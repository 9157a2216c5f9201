"""Organizations (workspaces) and their settings; their memberships live in the members domain."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from backend.core.models import Entity


class Weekday(StrEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"


class RoundingMode(StrEnum):
    """How reports and invoice lines round each time entry (stored times never change)."""

    NONE = "none"
    UP = "up"
    DOWN = "down"
    NEAREST = "nearest"


class Organization(Entity):
    name = fields.CharField(max_length=200)
    slug = fields.CharField(max_length=80, unique=True)
    # Settings. Changing one never rewrites issued invoices (they keep what they were sent with).
    currency = fields.CharField(max_length=3, default="USD", db_default="USD")  # ISO 4217
    timezone = fields.CharField(max_length=64, default="UTC", db_default="UTC")  # IANA
    week_start = fields.CharEnumField(
        Weekday, max_length=9, default=Weekday.MONDAY, db_default=Weekday.MONDAY.value
    )
    default_hourly_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)
    weekly_capacity_hours = fields.DecimalField(
        max_digits=5, decimal_places=2, default=40, db_default=40
    )
    rounding_mode = fields.CharEnumField(
        RoundingMode, max_length=7, default=RoundingMode.NONE, db_default=RoundingMode.NONE.value
    )
    rounding_minutes = fields.IntField(default=15, db_default=15)
    invoice_prefix = fields.CharField(max_length=20, default="INV", db_default="INV")
    payment_terms_days = fields.IntField(default=30, db_default=30)

    class Meta:
        table = "organizations"
