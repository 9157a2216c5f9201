"""The organization's settings: currency, time zone, week start, default rate, capacity,
rounding, invoice numbering and payment terms; each bounded and checked with a clear message.

Changing a setting never rewrites issued invoices: a sent invoice keeps its own currency,
number and dates (they live on the invoice row), and only later invoices read the new values.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Annotated
from zoneinfo import available_timezones

from backend.core.arguments import Bounds, Doc
from backend.core.errors import Invalid
from backend.core.money import check_amount, check_currency, check_places
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.orgs.events import OrganizationEvent
from backend.orgs.models import Organization, RoundingMode, Weekday

MAX_NAME = 200
MAX_TIMEZONE = 64
MAX_CURRENCY = 3
MAX_PREFIX = 20
MAX_RATE = Decimal("1000000")
MAX_WEEKLY_HOURS = Decimal("168")
MAX_ROUNDING_MINUTES = 1440
MAX_PAYMENT_TERMS_DAYS = 365
_PREFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./-]*$")


@cache
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones()) | {"UTC"}


def check_timezone(name: str, *, field: str = "timezone") -> str:
    """An IANA time zone name such as Europe/Berlin (zoneinfo's database), else Invalid."""
    name = name.strip()
    if name not in _timezones():
        raise Invalid(
            f"{name!r} is not an IANA time zone. Send a name such as Europe/Berlin, "
            "America/New_York or UTC.",
            field=field,
            reason="UNKNOWN_TIMEZONE",
        )
    return name


def check_rate(rate: Decimal, *, field: str) -> Decimal:
    if not Decimal(0) <= rate < MAX_RATE:
        raise Invalid(f"{field} must be between 0 and {MAX_RATE}; got {rate}.", field=field)
    return rate


def check_weekly_hours(hours: Decimal, *, field: str = "weekly_capacity_hours") -> Decimal:
    if not Decimal(0) <= hours <= MAX_WEEKLY_HOURS:
        raise Invalid(
            f"{field} must be between 0 and {MAX_WEEKLY_HOURS} hours a week; got {hours}.",
            field=field,
        )
    return check_places(hours, 2, field=field)


def _check_settings(
    *,
    rounding_minutes: int | None,
    invoice_prefix: str | None,
    payment_terms_days: int | None,
) -> None:
    if rounding_minutes is not None and not 1 <= rounding_minutes <= MAX_ROUNDING_MINUTES:
        raise Invalid(
            f"rounding_minutes must be 1 to {MAX_ROUNDING_MINUTES}; got {rounding_minutes}. "
            "Turn rounding off with rounding_mode NONE instead of a 0-minute step.",
            field="rounding_minutes",
        )
    if invoice_prefix is not None and (
        len(invoice_prefix) > MAX_PREFIX or not _PREFIX.match(invoice_prefix)
    ):
        raise Invalid(
            f"invoice_prefix must be 1 to {MAX_PREFIX} letters, digits or . _ / - starting "
            f"with a letter or digit (like INV); got {invoice_prefix!r}.",
            field="invoice_prefix",
        )
    if payment_terms_days is not None and not 0 <= payment_terms_days <= MAX_PAYMENT_TERMS_DAYS:
        raise Invalid(
            f"payment_terms_days must be 0 to {MAX_PAYMENT_TERMS_DAYS}; got {payment_terms_days}.",
            field="payment_terms_days",
        )


async def update_organization(
    principal: Principal,
    *,
    name: Annotated[
        str | None, Doc("The organization's new name."), Bounds(max_length=MAX_NAME)
    ] = None,
    currency: Annotated[
        str | None,
        Doc("Default currency (ISO 4217, e.g. EUR) of new clients and invoices."),
        Bounds(max_length=MAX_CURRENCY),
    ] = None,
    timezone: Annotated[
        str | None,
        Doc("IANA time zone (e.g. Europe/Berlin) that reports bucket days and weeks in."),
        Bounds(max_length=MAX_TIMEZONE),
    ] = None,
    week_start: Annotated[Weekday | None, Doc("The first day of a week in reports.")] = None,
    default_hourly_rate: Annotated[
        Decimal | None,
        Doc('The rate when no Space, client or member sets one, e.g. "90.00" (needs view_rates).'),
    ] = None,
    clear_default_hourly_rate: Annotated[
        bool, Doc("Remove the default hourly rate (needs view_rates).")
    ] = False,
    weekly_capacity_hours: Annotated[
        Decimal | None, Doc('Working hours per week of a member, e.g. "40" (0 to 168).')
    ] = None,
    rounding_mode: Annotated[
        RoundingMode | None,
        Doc("How reports and invoice lines round each entry: NONE, UP, DOWN or NEAREST."),
    ] = None,
    rounding_minutes: Annotated[
        int | None, Doc("The rounding step in minutes (1 to 1440), e.g. 15.")
    ] = None,
    invoice_prefix: Annotated[
        str | None,
        Doc("Prefix of invoice numbers, e.g. INV gives INV-2026-0001; issued numbers stay."),
        Bounds(max_length=MAX_PREFIX),
    ] = None,
    payment_terms_days: Annotated[
        int | None, Doc("Days from issue to due date of new invoices (0 to 365).")
    ] = None,
) -> Organization:
    """Change the organization's name or settings; omitted arguments stay unchanged."""
    principal.require(Permission.MANAGE_ORG, "change the organization's settings")
    if default_hourly_rate is not None or clear_default_hourly_rate:
        principal.require(Permission.VIEW_RATES, "set hourly rates")
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = clean_text(
            name, max_length=MAX_NAME, field="name", subject="The organization name"
        )
    if currency is not None:
        changes["currency"] = check_currency(currency)
    if timezone is not None:
        changes["timezone"] = check_timezone(timezone)
    if week_start is not None:
        changes["week_start"] = week_start
    if clear_default_hourly_rate:
        changes["default_hourly_rate"] = None
    elif default_hourly_rate is not None:
        changes["default_hourly_rate"] = check_rate(
            default_hourly_rate, field="default_hourly_rate"
        )
    if weekly_capacity_hours is not None:
        changes["weekly_capacity_hours"] = check_weekly_hours(weekly_capacity_hours)
    if rounding_mode is not None:
        changes["rounding_mode"] = rounding_mode
    if invoice_prefix is not None:
        invoice_prefix = invoice_prefix.strip()
    _check_settings(
        rounding_minutes=rounding_minutes,
        invoice_prefix=invoice_prefix,
        payment_terms_days=payment_terms_days,
    )
    for key, value in (
        ("rounding_minutes", rounding_minutes),
        ("invoice_prefix", invoice_prefix),
        ("payment_terms_days", payment_terms_days),
    ):
        if value is not None:
            changes[key] = value
    async with unit_of_work(principal) as uow:
        organization = await Organization.get(id=principal.organization_id)
        # The default rate is in the organization's currency (the new one when this call sets
        # it), so it takes that currency's places: JPY 0, EUR 2, KWD 3.
        rate = changes.get("default_hourly_rate", organization.default_hourly_rate)
        if isinstance(rate, Decimal) and (
            "default_hourly_rate" in changes or "currency" in changes
        ):
            changes["default_hourly_rate"] = check_amount(
                rate,
                str(changes.get("currency", organization.currency)),
                field="default_hourly_rate",
            )
        changed = [key for key, value in changes.items() if getattr(organization, key) != value]
        if changed:
            for key in changed:
                setattr(organization, key, changes[key])
            await organization.save(update_fields=[*changed, "updated_at"])
            uow.record(OrganizationEvent.UPDATED, organization.id)
    return organization
