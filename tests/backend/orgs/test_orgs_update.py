"""orgs_update and orgs_get: every setting bounded and checked, manage_org only, the default rate
only to view_rates, one organization.updated per change, and issued invoices never rewritten."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from backend.clients.models import Client
from backend.core.errors import Forbidden, Invalid
from backend.core.permissions import Role
from backend.invoices.models import Invoice, InvoiceStatus
from backend.orgs.models import Organization, RoundingMode, Weekday
from backend.orgs.settings import update_organization
from subscriptions import EventMessage
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def test_every_setting_is_stored_as_given(workspace: Workspace) -> None:
    updated = await update_organization(
        workspace.principal(),
        name="  Acme GmbH ",
        currency="eur",
        timezone="Europe/Berlin",
        week_start=Weekday.SUNDAY,
        default_hourly_rate=Decimal("95.5"),
        weekly_capacity_hours=Decimal("32"),
        rounding_mode=RoundingMode.UP,
        rounding_minutes=6,
        invoice_prefix="AC",
        payment_terms_days=14,
    )

    stored = await Organization.get(id=updated.id)
    assert (stored.name, stored.currency, stored.timezone, stored.week_start) == (
        "Acme GmbH",
        "EUR",
        "Europe/Berlin",
        Weekday.SUNDAY,
    )
    assert stored.default_hourly_rate == Decimal("95.50")
    assert stored.weekly_capacity_hours == Decimal("32")
    assert (stored.rounding_mode, stored.rounding_minutes) == (RoundingMode.UP, 6)
    assert (stored.invoice_prefix, stored.payment_terms_days) == ("AC", 14)


async def test_omitted_settings_stay_and_the_default_rate_can_be_cleared(
    workspace: Workspace,
) -> None:
    await update_organization(
        workspace.principal(), default_hourly_rate=Decimal("80"), payment_terms_days=10
    )

    await update_organization(workspace.principal(), clear_default_hourly_rate=True)

    stored = await Organization.get(id=workspace.organization_id)
    assert stored.default_hourly_rate is None
    assert stored.payment_terms_days == 10
    assert stored.currency == "USD"  # the default, untouched


@pytest.mark.parametrize(
    ("arguments", "field", "hint"),
    [
        ({"name": "   "}, "name", "1 to 200"),
        ({"currency": "EURO"}, "currency", "ISO 4217"),
        ({"currency": "XYZ"}, "currency", "ISO 4217"),
        ({"timezone": "Mars/Olympus"}, "timezone", "IANA"),
        ({"timezone": "../etc/passwd"}, "timezone", "IANA"),
        ({"default_hourly_rate": Decimal("-1")}, "default_hourly_rate", "between 0"),
        ({"default_hourly_rate": Decimal("1000000")}, "default_hourly_rate", "between 0"),
        ({"weekly_capacity_hours": Decimal("169")}, "weekly_capacity_hours", "168"),
        ({"weekly_capacity_hours": Decimal("-1")}, "weekly_capacity_hours", "168"),
        ({"rounding_minutes": 0}, "rounding_minutes", "rounding_mode NONE"),
        ({"rounding_minutes": 1441}, "rounding_minutes", "1440"),
        ({"invoice_prefix": ""}, "invoice_prefix", "like INV"),
        ({"invoice_prefix": "IN V"}, "invoice_prefix", "like INV"),
        ({"invoice_prefix": "X" * 21}, "invoice_prefix", "20"),
        ({"payment_terms_days": -1}, "payment_terms_days", "0 to 365"),
        ({"payment_terms_days": 366}, "payment_terms_days", "0 to 365"),
    ],
)
async def test_bad_settings_are_refused_with_the_field_and_what_to_send(
    workspace: Workspace, arguments: dict[str, object], field: str, hint: str
) -> None:
    with pytest.raises(Invalid) as refused:
        await update_organization(workspace.principal(), **arguments)  # type: ignore[arg-type]

    assert refused.value.field == field
    assert hint in refused.value.message
    stored = await Organization.get(id=workspace.organization_id)
    assert (stored.name, stored.currency, stored.timezone) == ("Acme", "USD", "UTC")


async def test_only_manage_org_changes_settings(workspace: Workspace) -> None:
    for role in (Role.ADMIN, Role.MANAGER, Role.MEMBER, Role.GUEST):
        with pytest.raises(Forbidden) as refused:
            await update_organization(workspace.principal(role), payment_terms_days=7)
        assert "manage_org" in refused.value.message
    assert (await Organization.get(id=workspace.organization_id)).payment_terms_days == 30


async def test_a_change_publishes_organization_updated_and_no_change_publishes_nothing(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    await update_organization(workspace.principal(), timezone="America/New_York")
    await update_organization(workspace.principal(), timezone="America/New_York")

    ours = [(e.type, e.entity_id) for e in published if e.entity_type == "organization"]
    assert ours == [("organization.updated", workspace.organization_id)]


async def test_changing_settings_never_rewrites_a_sent_invoice(workspace: Workspace) -> None:
    client = await Client.create(
        organization_id=workspace.organization_id, name="Globex", name_key="globex", currency="USD"
    )
    sent = await Invoice.create(
        organization_id=workspace.organization_id,
        client_id=client.id,
        status=InvoiceStatus.SENT,
        number="INV-2026-0001",
        number_year=2026,
        number_sequence=1,
        currency="USD",
        issue_date=date(2026, 11, 1),
        due_date=date(2026, 12, 1),
        total=Decimal("100"),
        balance=Decimal("100"),
        sent_at=datetime(2026, 11, 1, tzinfo=UTC),
    )

    await update_organization(
        workspace.principal(), currency="EUR", invoice_prefix="ACME", payment_terms_days=7
    )

    kept = await Invoice.get(id=sent.id)
    assert (kept.currency, kept.number, kept.due_date, kept.status) == (
        "USD",
        "INV-2026-0001",
        date(2026, 12, 1),
        InvoiceStatus.SENT,
    )
    assert kept.total == Decimal("100")


GET = """query { orgsGet { currency timezone weekStart defaultHourlyRate roundingMode
  roundingMinutes invoicePrefix paymentTermsDays weeklyCapacityHours } }"""
UPDATE = """mutation($r: Decimal) { orgsUpdate(defaultHourlyRate: $r, weekStart: SUNDAY,
  roundingMode: NEAREST) { result { defaultHourlyRate weekStart } errors { code field message } } }"""


async def test_orgs_get_shows_the_settings_and_the_default_rate_only_to_view_rates(
    api: GraphQLClient, workspace: Workspace
) -> None:
    updated = await api.data(workspace.token, UPDATE, {"r": "120.00"})
    member = await workspace.add_member(Role.MEMBER)
    manager = await workspace.add_member(Role.MANAGER)

    as_owner = (await api.data(workspace.token, GET))["orgsGet"]
    as_member = (await api.data(member.token, GET))["orgsGet"]
    as_manager = (await api.data(manager.token, GET))["orgsGet"]
    refused = await api.data(member.token, UPDATE, {"r": "1"})

    assert updated["orgsUpdate"]["result"] == {"defaultHourlyRate": "120.00", "weekStart": "SUNDAY"}
    assert as_owner["defaultHourlyRate"] == "120.00"
    assert as_manager["defaultHourlyRate"] == "120.00"  # managers have view_rates
    assert as_member["defaultHourlyRate"] is None
    assert as_member | {"defaultHourlyRate": "120.00"} == as_owner
    assert as_owner["roundingMode"] == "NEAREST"
    assert refused["orgsUpdate"]["errors"][0]["code"] == "FORBIDDEN"
