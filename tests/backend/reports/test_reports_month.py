"""Every report over the seeded Berlin month (tests/backend/reports/seed.py), against hand sums.

Hours are shown to 2 decimals: 4800 s = 1.33 h. The hand computation of each number is beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal
from typing import Any

import pytest

from backend.core.errors import Forbidden, Invalid, NotFound
from backend.core.permissions import Permission, Role, permissions_for
from backend.core.principal import Principal
from backend.reports import service
from backend.reports.arguments import RevenueGroup, TimesheetGroup
from tests.backend.reports.seed import Month, seed_month
from tests.conftest import Workspace
from tests.support import Database

MARCH = {"from_": dt.date(2026, 3, 1), "to": dt.date(2026, 3, 31)}
D = Decimal


def hours(
    raw: str, rounded: str, billable: str, billable_rounded: str, count: int
) -> dict[str, Any]:
    """A row's hours: non-billable follows as total - billable."""
    return {
        "entry_count": count,
        "hours": D(raw),
        "rounded_hours": D(rounded),
        "billable_hours": D(billable),
        "billable_rounded_hours": D(billable_rounded),
        "non_billable_hours": None,
        "non_billable_rounded_hours": None,
    }


def _hours(row: service.Hours) -> dict[str, Any]:
    return asdict(row) | {"non_billable_hours": None, "non_billable_rounded_hours": None}


@pytest.fixture
async def month(database: Database, workspace: Workspace, other_workspace: Workspace) -> Month:
    return await seed_month(workspace, other_workspace)


def owner(month: Month) -> Principal:
    return month.alice.principal(Role.OWNER)


def manager(month: Month) -> Principal:
    return month.alice.principal(Role.MANAGER, user_id=month.manager.user_id)


async def _timesheet(
    principal: Principal, group_by: TimesheetGroup, **kwargs: Any
) -> list[tuple[Any, ...]]:
    report = await service.timesheet(principal, group_by=group_by, **MARCH, **kwargs)
    return [
        (row.day.isoformat() if row.day else row.label, row.time.hours, row.time.rounded_hours)
        for row in report.rows
    ]


async def test_by_local_day_across_the_dst_change(month: Month) -> None:
    report = await service.timesheet(owner(month), group_by=TimesheetGroup.DAY, **MARCH)

    days = [
        (r.day.isoformat(), r.time.hours, r.time.rounded_hours, r.time.billable_hours)
        for r in report.rows
    ]  # type: ignore[union-attr]
    assert days == [
        ("2026-03-01", D("0.75"), D("0.75"), D("0.75")),  # e8: 23:30 UTC on Feb 28 is 00:30 CET
        ("2026-03-02", D("1.33"), D("1.25"), D("1.33")),  # e1: 80 min → nearest 15: 75
        ("2026-03-05", D("1.00"), D("1.00"), D("1.00")),  # e11
        ("2026-03-10", D("2.13"), D("2.25"), D("2.13")),  # e4: 128 min → 135
        ("2026-03-11", D("1.00"), D("1.00"), D("1.00")),  # e5 (private SEC: the owner reads it)
        ("2026-03-29", D("1.17"), D("1.25"), D("0.00")),  # e2: 23:30 UTC on the 28th is CET 00:30
        ("2026-03-30", D("1.12"), D("1.00"), D("1.12")),  # e3: 22:30 UTC on the 29th is CEST 00:30
        ("2026-03-31", D("0.47"), D("0.50"), D("0.00")),  # e6: 1700 s → 1800; e7 is April 1st
    ]
    # 2700+4800+3600+7680+3600+4200+4020+1700 = 32300 s; rounded 32400 s; billable 26400 / 26100
    assert (report.total.hours, report.total.rounded_hours) == (D("8.97"), D("9.00"))
    assert (report.total.billable_hours, report.total.billable_rounded_hours) == (
        D("7.33"),
        D("7.25"),
    )
    assert (report.total.non_billable_hours, report.total.non_billable_rounded_hours) == (
        D("1.64"),
        D("1.75"),
    )
    assert report.total.entry_count == 8  # not e7 (April), e12 (February), the timer, the other org
    assert report.settings.timezone == "Europe/Berlin"


async def test_by_week_starting_on_sunday(month: Month) -> None:
    assert await _timesheet(owner(month), TimesheetGroup.WEEK) == [
        ("2026-03-01", D("3.08"), D("3.00")),  # e8 e1 e11: 11100 s, rounded 10800
        ("2026-03-08", D("3.13"), D("3.25")),  # e4 e5: 11280, rounded 11700
        ("2026-03-29", D("2.76"), D("2.75")),  # e2 (Sunday the 29th, local) e3 e6: 9920, 9900
    ]


async def test_by_user_project_task_and_client(month: Month) -> None:
    by_user = await service.timesheet(owner(month), group_by=TimesheetGroup.USER, **MARCH)
    assert [(r.label, r.id, _hours(r.time)) for r in by_user.rows] == [
        # Alice: e8 e1 e11 e5 e2 = 18900 s, rounded 18900; billable 14700 / 14400
        ("Alice", month.alice.user_id, hours("5.25", "5.25", "4.08", "4.00", 5)),
        # Bob: e4 e3 e6 = 13400 s, rounded 13500; billable 11700 / 11700
        ("Bob", month.bob.user_id, hours("3.72", "3.75", "3.25", "3.25", 3)),
    ]
    assert await _timesheet(owner(month), TimesheetGroup.PROJECT) == [
        ("App", D("2.12"), D("2.00")),  # e11 e3: 7620, 7200
        ("Secret", D("1.00"), D("1.00")),  # e5
        ("Website", D("5.38"), D("5.50")),  # e8 e1 e4 e2: 19380, 19800
        ("No Space", D("0.47"), D("0.50")),  # e6
    ]
    assert await _timesheet(owner(month), TimesheetGroup.TASK) == [
        ("APP-1 Login", D("2.12"), D("2.00")),  # e11 e3
        ("WEB-1 Landing page", D("4.22"), D("4.25")),  # e8 e1 e4: 15180, 15300
        ("No task", D("2.64"), D("2.75")),  # e5 e2 e6: 9500, 9900
    ]
    assert await _timesheet(owner(month), TimesheetGroup.CLIENT) == [
        ("Acme GmbH", D("5.38"), D("5.50")),
        ("Tokyo KK", D("2.12"), D("2.00")),
        ("No client", D("1.47"), D("1.50")),  # e5 e6: 5300, 5400
    ]


async def test_filters_by_user_and_space(month: Month) -> None:
    rows = await _timesheet(
        owner(month), TimesheetGroup.PROJECT, user_ids=[month.bob.user_id], project_ids=[month.web]
    )
    assert rows == [("Website", D("2.13"), D("2.25"))]  # e4 only


async def test_a_private_space_is_left_out_for_who_cannot_read_it(month: Month) -> None:
    report = await service.timesheet(manager(month), group_by=TimesheetGroup.PROJECT, **MARCH)

    assert [r.label for r in report.rows] == ["App", "Website", "No Space"]
    assert report.total.hours == D("7.97")  # 32300 - 3600 = 28700 s
    with pytest.raises(NotFound):
        await service.timesheet(manager(month), project_ids=[month.sec], **MARCH)


async def test_utilization_against_prorated_capacity(month: Month) -> None:
    report = await service.utilization(
        owner(month), user_ids=[month.alice.user_id, month.bob.user_id], **MARCH
    )

    # March 2026: Mon-Fri days 2-6, 9-13, 16-20, 23-27, 30-31 = 22
    assert report.working_days == 22
    rows = [
        (
            r.name,
            r.capacity_hours,
            r.time.hours,
            r.time.billable_hours,
            r.utilization_percent,
            r.billable_percent,
        )
        for r in report.rows
    ]
    assert rows == [
        # 40 x 22 / 5 = 176; 18900/3600 = 5.25 → 2.98 %; 14700/3600 = 4.0833 → 2.32 %
        ("Alice", D("176.00"), D("5.25"), D("4.08"), D("2.98"), D("2.32")),
        # Bob's own 20 h: 88; 13400/3600 = 3.7222 → 4.23 %; 11700/3600 = 3.25 → 3.69 %
        ("Bob", D("88.00"), D("3.72"), D("3.25"), D("4.23"), D("3.69")),
    ]
    # 32300 s over 264 h → 3.40 %; 26400 s → 2.78 %
    total = report.total
    assert (total.capacity_hours, total.utilization_percent, total.billable_percent) == (
        D("264.00"),
        D("3.40"),
        D("2.78"),
    )
    everyone = await service.utilization(owner(month), **MARCH)
    assert [(r.name, r.time.hours) for r in everyone.rows] == [
        ("Alice", D("5.25")),
        ("Bob", D("3.72")),
        ("Carol", D("0.00")),
        ("Dave", D("0.00")),
    ]


async def test_profitability_per_space(month: Month) -> None:
    report = await service.profitability(owner(month), **MARCH)

    rows = [
        (r.project_name, r.currency, r.revenue, r.cost, r.margin, r.margin_percent)
        for r in report.rows
    ]
    assert rows == [
        # e11, e3: revenue 1 h x 5000 + 1 h x 5000; cost 2000 + 4020/3600 x 2000 = 2233.33 → 2233
        ("App", "JPY", D("10000"), D("4233"), D("5767"), D("57.67")),
        # e5: 1 h x 100, cost 1 h x 40
        ("Secret", "EUR", D("100.00"), D("40.00"), D("60.00"), D("60.00")),
        # revenue (billable, rounded): 0.75x100 + 1.25x100 + 2.25x90 = 402.50
        # cost (all, raw): 30.00 + 53.33 (4800 s x 40) + 64.00 (7680 s x 30) + 46.67 (e2) = 194.00
        ("Website", "EUR", D("402.50"), D("194.00"), D("208.50"), D("51.80")),
    ]
    assert [(t.currency, t.revenue, t.cost, t.margin) for t in report.totals] == [
        ("EUR", D("502.50"), D("234.00"), D("268.50")),
        ("JPY", D("10000"), D("4233"), D("5767")),
    ]
    website = report.rows[2]
    assert website.client_name == "Acme GmbH"
    assert website.time.billable_rounded_hours == D("4.25")  # 2700 + 4500 + 8100 s


async def test_unbilled_time_per_client_and_space(month: Month) -> None:
    report = await service.unbilled(owner(month))

    rows = [
        (
            r.client_name,
            r.project_name,
            r.currency,
            r.time.rounded_hours,
            r.amount,
            r.first_day,
            r.last_day,
        )
        for r in report.rows
    ]
    assert rows == [
        # e8 e1 e4 e7 (no date range: April's e7 counts): rounded 2700+4500+8100+2700 s
        # = 5.00 h; 75 + 125 + 202.50 + 75 = 477.50
        (
            "Acme GmbH",
            "Website",
            "EUR",
            D("5.00"),
            D("477.50"),
            dt.date(2026, 3, 1),
            dt.date(2026, 4, 1),
        ),
        # e3 (e11 is billed): 1 h x 5000
        (
            "Tokyo KK",
            "App",
            "JPY",
            D("1.00"),
            D("5000"),
            dt.date(2026, 3, 30),
            dt.date(2026, 3, 30),
        ),
        # e5 (e12 is billed); no client: the organization's currency
        (None, "Secret", "EUR", D("1.00"), D("100.00"), dt.date(2026, 3, 11), dt.date(2026, 3, 11)),
    ]
    assert [(t.currency, t.amount) for t in report.totals] == [
        ("EUR", D("577.50")),
        ("JPY", D("5000")),
    ]
    acme = await service.unbilled(owner(month), client_id=month.acme)
    assert [r.project_name for r in acme.rows] == ["Website"]
    hidden = await service.unbilled(manager(month))
    assert [r.project_name for r in hidden.rows] == ["Website", "App"]


async def test_revenue_by_month_client_and_space(month: Month) -> None:
    by_month = await service.revenue(owner(month), group_by=RevenueGroup.MONTH, **MARCH)
    assert [
        (r.month, r.currency, r.invoice_count, r.invoiced, r.paid, r.outstanding)
        for r in by_month.rows
    ] == [
        # issued in March and sent: inv1 1190 + inv2 500 + inv7 100 (void and draft are not);
        # paid in March: 1190 + 300 - 100 (refund) + 450 (inv6, issued in February);
        # outstanding: inv2 300 + inv7 100
        ("2026-03", "EUR", 3, D("1790.00"), D("1840.00"), D("400.00")),
        ("2026-03", "JPY", 1, D("10000"), D("0"), D("10000")),
    ]
    by_client = await service.revenue(owner(month), group_by=RevenueGroup.CLIENT, **MARCH)
    assert [(r.label, r.currency, r.invoiced, r.paid) for r in by_client.rows] == [
        ("Acme GmbH", "EUR", D("1790.00"), D("1840.00")),
        ("Tokyo KK", "JPY", D("10000"), D("0")),
    ]
    by_space = await service.revenue(owner(month), group_by=RevenueGroup.PROJECT, **MARCH)
    assert [(r.label, r.currency, r.invoiced, r.paid, r.outstanding) for r in by_space.rows] == [
        ("App", "JPY", D("10000"), D("0"), D("10000")),  # inv3 bills e11 of APP
        ("Secret", "EUR", D("100.00"), D("0.00"), D("100.00")),  # inv7 bills e12 of SEC
        ("Several Spaces or no time", "EUR", D("1690.00"), D("1840.00"), D("300.00")),
    ]
    assert [(t.currency, t.invoiced, t.paid, t.outstanding) for t in by_month.totals] == [
        ("EUR", D("1790.00"), D("1840.00"), D("400.00")),
        ("JPY", D("10000"), D("0"), D("10000")),
    ]
    # inv7 bills the private Space's time: left out for the manager
    hidden = await service.revenue(manager(month), group_by=RevenueGroup.MONTH, **MARCH)
    assert [(r.currency, r.invoice_count, r.invoiced, r.outstanding) for r in hidden.rows] == [
        ("EUR", 2, D("1690.00"), D("300.00")),
        ("JPY", 1, D("10000"), D("10000")),
    ]


class _NoRates(Principal):
    """A role with view_reports but not view_rates (none of the built-in roles is one)."""

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_for(Role.MANAGER) - {Permission.VIEW_RATES}


async def test_without_view_rates_amounts_are_null_and_hours_stay(month: Month) -> None:
    principal = _NoRates(month.manager.user_id, month.alice.organization_id, Role.MANAGER)

    profit = await service.profitability(principal, **MARCH)
    unbilled = await service.unbilled(principal)
    revenue = await service.revenue(principal, **MARCH)

    assert [
        (r.project_name, r.time.hours, r.revenue, r.cost, r.margin, r.margin_percent)
        for r in profit.rows
    ] == [
        ("App", D("2.12"), None, None, None, None),
        ("Website", D("5.38"), None, None, None, None),
    ]
    assert [(t.currency, t.revenue) for t in profit.totals] == [("EUR", None), ("JPY", None)]
    assert [(r.project_name, r.time.rounded_hours, r.amount) for r in unbilled.rows] == [
        ("Website", D("5.00"), None),
        ("App", D("1.00"), None),
    ]
    assert [(r.invoice_count, r.invoiced, r.paid, r.outstanding) for r in revenue.rows] == [
        (2, None, None, None),
        (1, None, None, None),
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda p: service.timesheet(p, **MARCH),
        lambda p: service.revenue(p, **MARCH),
        lambda p: service.utilization(p, **MARCH),
        lambda p: service.profitability(p, **MARCH),
        lambda p: service.unbilled(p),
    ],
    ids=["timesheet", "revenue", "utilization", "profitability", "unbilled"],
)
async def test_reports_need_view_reports(month: Month, call: Any) -> None:
    with pytest.raises(Forbidden, match="view_reports"):
        await call(month.alice.principal(Role.MEMBER, user_id=month.member.user_id))


async def test_another_organization_sees_none_of_it(
    month: Month, other_workspace: Workspace
) -> None:
    theirs = other_workspace.principal(Role.OWNER)

    sheet = await service.timesheet(theirs, group_by=TimesheetGroup.PROJECT, **MARCH)
    revenue = await service.revenue(theirs, **MARCH)

    assert [(r.label, r.time.hours) for r in sheet.rows] == [("Website", D("1.00"))]
    assert [(r.currency, r.invoiced) for r in revenue.rows] == [("EUR", D("5000.00"))]
    with pytest.raises(NotFound):
        await service.timesheet(theirs, project_ids=[month.web], **MARCH)
    with pytest.raises(NotFound):
        await service.utilization(theirs, user_ids=[month.bob.user_id], **MARCH)
    with pytest.raises(NotFound):
        await service.unbilled(theirs, client_id=month.acme)


async def test_a_range_backwards_or_too_long_is_refused(month: Month) -> None:
    with pytest.raises(Invalid, match="before"):
        await service.timesheet(owner(month), from_=dt.date(2026, 3, 2), to=dt.date(2026, 3, 1))
    with pytest.raises(Invalid, match="at most"):
        await service.timesheet(owner(month), from_=dt.date(2020, 1, 1), to=dt.date(2026, 1, 1))
