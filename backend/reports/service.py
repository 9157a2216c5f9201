"""Reports over time, invoices and payments: one SQL aggregate per report, never rows in Python.

Rules every report follows:
- `view_reports` is needed; amounts also need `view_rates` (without it they are null, hours stay).
- Time counts stopped entries only (a running timer has no end yet), each in the local day (and
  week) it started, in the organization's time zone and week start (backend/reports/calendar.py).
- Private Spaces the caller cannot read are left out (projects.service.accessible_projects);
  entries in no Space are the organization's and count. Other organizations never appear.
- Hours are raw and rounded: the organization's rounding applies per entry, in SQL
  (backend/reports/sql.py), and never changes stored times. Hours are shown to 2 decimals.
- Money is exact: the SQL sums integers (minor units, 1/10,000 units) and Python turns
  them into Decimals. Amounts of time are in the currency of the Space's client (the
  organization's when the Space has none): rates are in the currency of the client they bill.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from backend.clients.models import Client
from backend.core.arguments import Doc
from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.lookups import get_in, refuse_unknown
from backend.core.money import in_minor_units, minor_digits
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.invoices.models import BilledTimeEntry, Invoice
from backend.members.models import Membership
from backend.orgs import service as orgs_service
from backend.payments.models import Payment
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.reports import calendar, sql
from backend.reports.arguments import (
    MAX_DAYS,
    ClientId,
    From,
    ProjectIds,
    RevenueGroup,
    TimesheetGroup,
    To,
    UserIds,
)
from backend.tasks.models import Task
from backend.time.models import TimeEntry
from backend.users.models import User

_HOUR = Decimal(3600)
_HUNDREDTH = Decimal("0.01")
_TEN_THOUSAND = Decimal(10_000)


def hours(seconds: int) -> Decimal:
    """Seconds as hours, to 2 decimals (half up)."""
    return (Decimal(seconds) / _HOUR).quantize(_HUNDREDTH, ROUND_HALF_UP)


def _percent(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(_HUNDREDTH, ROUND_HALF_UP)


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hours:
    """Raw and rounded hours, all and billable, of a group of entries."""

    entry_count: int
    hours: Decimal
    rounded_hours: Decimal
    billable_hours: Decimal
    billable_rounded_hours: Decimal
    non_billable_hours: Decimal
    non_billable_rounded_hours: Decimal

    @classmethod
    def of(cls, row: dict[str, Any]) -> Hours:
        seconds, rounded = int(row["seconds"] or 0), int(row["rounded"] or 0)
        billable, billable_rounded = int(row["billable"] or 0), int(row["billable_rounded"] or 0)
        return cls(
            entry_count=int(row["entries"] or 0),
            hours=hours(seconds),
            rounded_hours=hours(rounded),
            billable_hours=hours(billable),
            billable_rounded_hours=hours(billable_rounded),
            non_billable_hours=hours(seconds - billable),
            non_billable_rounded_hours=hours(rounded - billable_rounded),
        )


@dataclass(frozen=True)
class ReportSettings:
    """The organization's settings a report was computed with."""

    timezone: str
    week_start: str
    rounding_mode: str
    rounding_minutes: int
    currency: str


@dataclass(frozen=True)
class TimesheetRow:
    id: str | None  # user, Space, task or client; None for "no Space / task / client"
    day: date | None  # the day, or the week's first day
    label: str
    time: Hours


@dataclass(frozen=True)
class TimesheetReport:
    start: date
    end: date
    group_by: TimesheetGroup
    settings: ReportSettings
    rows: list[TimesheetRow]
    total: Hours


@dataclass(frozen=True)
class RevenueRow:
    id: str | None  # client or Space; None for month rows and unattributed invoices
    month: str | None  # YYYY-MM
    label: str
    currency: str
    invoice_count: int
    invoiced: Decimal | None
    paid: Decimal | None
    outstanding: Decimal | None


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    invoiced: Decimal | None = None
    paid: Decimal | None = None
    outstanding: Decimal | None = None
    revenue: Decimal | None = None
    cost: Decimal | None = None
    margin: Decimal | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class RevenueReport:
    start: date
    end: date
    group_by: RevenueGroup
    rows: list[RevenueRow]
    totals: list[CurrencyTotal]


@dataclass(frozen=True)
class UtilizationRow:
    user_id: str
    name: str
    capacity_hours: Decimal
    time: Hours
    utilization_percent: Decimal | None
    billable_percent: Decimal | None


@dataclass(frozen=True)
class UtilizationReport:
    start: date
    end: date
    working_days: int
    settings: ReportSettings
    rows: list[UtilizationRow]
    total: UtilizationRow


@dataclass(frozen=True)
class ProfitabilityRow:
    project_id: str
    project_name: str
    client_id: str | None
    client_name: str | None
    currency: str
    time: Hours
    revenue: Decimal | None
    cost: Decimal | None
    margin: Decimal | None
    margin_percent: Decimal | None
    entries_without_rate: int
    entries_without_cost_rate: int


@dataclass(frozen=True)
class ProfitabilityReport:
    start: date
    end: date
    settings: ReportSettings
    rows: list[ProfitabilityRow]
    totals: list[CurrencyTotal]


@dataclass(frozen=True)
class UnbilledRow:
    client_id: str | None
    client_name: str | None
    project_id: str | None
    project_name: str | None
    currency: str
    time: Hours
    amount: Decimal | None
    entries_without_rate: int
    first_day: date | None
    last_day: date | None


@dataclass(frozen=True)
class UnbilledReport:
    settings: ReportSettings
    rows: list[UnbilledRow]
    totals: list[CurrencyTotal]


# --- what every report needs -----------------------------------------------------------------


@dataclass
class _Scope:
    """The caller's organization settings, its readable Spaces and the SQL dialect."""

    principal: Principal
    dialect: str
    zone: ZoneInfo
    settings: ReportSettings
    weekly_capacity: Decimal
    show_amounts: bool
    # Readable Spaces: id → (name, key, client id); clients: id → (name, currency).
    projects: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    clients: dict[str, tuple[str, str]] = field(default_factory=dict)

    def currency_of(self, project_id: str | None) -> str:
        client = self.projects[project_id][2] if project_id in self.projects else None
        return self.clients[client][1] if client in self.clients else self.settings.currency

    def digits(self) -> list[int]:
        """Every minor-unit digit count of the readable Spaces' currencies (usually one)."""
        currencies = {self.currency_of(p) for p in self.projects} | {self.settings.currency}
        return sorted({minor_digits(c) for c in currencies})

    def rounded(self, seconds: str) -> str:
        return sql.rounded(self.settings.rounding_mode, self.settings.rounding_minutes, seconds)


async def _scope(principal: Principal, *, what: str, spaces: bool = True) -> _Scope:
    """The caller's settings; with `spaces`, also their readable Spaces and those Spaces' clients."""
    principal.require(Permission.VIEW_REPORTS, what)
    organization = await orgs_service.get_organization(principal)
    dialect = TimeEntry._meta.db.capabilities.dialect
    scope = _Scope(
        principal=principal,
        dialect=sql.SQLITE if dialect == sql.SQLITE else sql.POSTGRES,
        zone=ZoneInfo(organization.timezone),
        settings=ReportSettings(
            timezone=organization.timezone,
            week_start=str(getattr(organization.week_start, "value", organization.week_start)),
            rounding_mode=str(
                getattr(organization.rounding_mode, "value", organization.rounding_mode)
            ),
            rounding_minutes=int(organization.rounding_minutes),
            currency=organization.currency,
        ),
        weekly_capacity=Decimal(organization.weekly_capacity_hours),
        show_amounts=principal.can(Permission.VIEW_RATES),
    )
    if not spaces:
        return scope
    readable = projects_service.accessible_projects(principal)
    for project_id, name, key, client_id in await readable.values_list(
        "id", "name", "key", "client_id"
    ):
        scope.projects[str(project_id)] = (name, key, None if client_id is None else str(client_id))
    client_ids = {c for _, _, c in scope.projects.values() if c is not None}
    if client_ids:
        for client_id, name, currency in await Client.filter(
            organization_id=principal.organization_id, id__in=list(client_ids)
        ).values_list("id", "name", "currency"):
            scope.clients[str(client_id)] = (name, currency)
    return scope


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise Invalid(
            f"`to` ({end}) is before `from` ({start}). Send a `from` on or before `to`.",
            field="to",
        )
    if (end - start).days > MAX_DAYS:
        raise Invalid(
            f"A report covers at most {MAX_DAYS} days; {start} to {end} is "
            f"{(end - start).days + 1}. Split the range into shorter reports.",
            field="from",
        )


async def _user_ids(principal: Principal, user_ids: Sequence[str] | None) -> list[UUID] | None:
    """The requested members, each a member of the organization (or NOT_FOUND)."""
    if user_ids is None:
        return None
    parsed = [parse_id(u, entity="member", field="user_ids") for u in user_ids]
    known = set(
        await Membership.filter(
            organization_id=principal.organization_id, user_id__in=parsed
        ).values_list("user_id", flat=True)
    )
    for user_id in parsed:
        if user_id not in known:
            raise NotFound.entity("member", user_id, field="user_ids")
    return parsed


async def _project_ids(
    principal: Principal, project_ids: Sequence[str] | None
) -> list[UUID] | None:
    """The requested Spaces, each one the caller can read (or NOT_FOUND)."""
    if project_ids is None:
        return None
    parsed = [parse_id(p, entity="project", field="project_ids") for p in project_ids]
    await refuse_unknown(
        projects_service.accessible_projects(principal),
        parsed,
        entity="project",
        field="project_ids",
    )
    return parsed


def _readable(principal: Principal) -> str | None:
    """The ids of the Spaces the caller can read, as the projects domain's own SQL; None when
    that is every Space of the organization (access_all_projects), so no filter is needed."""
    if principal.can(Permission.ACCESS_ALL_PROJECTS):
        return None
    readable: str = (
        projects_service.accessible_projects(principal)
        .values_list("id", flat=True)
        .sql(params_inline=True)
    )
    return readable


def _visible(scope: _Scope, column: str) -> str:
    """Rows in no Space, or in a Space the caller can read."""
    readable = _readable(scope.principal)
    if readable is None:
        return "1 = 1"
    return f"({column} IS NULL OR {column} IN ({readable}))"


def _entries(
    scope: _Scope,
    *,
    start: date | None = None,
    end: date | None = None,
    user_ids: Iterable[UUID] | None = None,
    project_ids: Iterable[UUID] | None = None,
    extra: Sequence[str] = (),
    with_client: bool = False,
) -> str:
    """One row per stopped, visible entry in range: its keys, start epoch, seconds and rates."""
    d = scope.dialect
    entries = TimeEntry._meta.db_table
    started, ended = sql.epoch(d, "e.started_at"), sql.epoch(d, "e.ended_at")
    where = [
        f"e.organization_id = {sql.uuid_literal(scope.principal.organization_id)}",
        "e.ended_at IS NOT NULL",
        _visible(scope, "e.project_id"),
        *extra,
    ]
    if start is not None and end is not None:
        low, high = calendar.utc_range(start, end, scope.zone)
        if d == sql.SQLITE:
            where += [
                f"{started} >= {int(low.timestamp())}",
                f"{started} < {int(high.timestamp())}",
            ]
        else:
            where += [
                f"e.started_at >= {sql.timestamp_from_epoch(d, int(low.timestamp()))}",
                f"e.started_at < {sql.timestamp_from_epoch(d, int(high.timestamp()))}",
            ]
    if user_ids is not None:
        where.append(f"e.user_id IN ({sql.uuid_list(user_ids) or 'NULL'})")
    if project_ids is not None:
        where.append(f"e.project_id IN ({sql.uuid_list(project_ids) or 'NULL'})")
    client = ""
    join = ""
    if with_client:
        join = f" LEFT JOIN {Project._meta.db_table} p ON p.id = e.project_id"
        client = ", p.client_id AS client_id"
    row = sql.fenced(
        d,
        "e.user_id AS user_id, e.project_id AS project_id, e.task_id AS task_id, "
        f"e.billable AS billable, {started} AS started, {ended} AS ended, "
        f"{sql.ten_thousandths('e.hourly_rate')} AS rate, "
        f"{sql.ten_thousandths('e.cost_rate')} AS cost{client}",
        f"FROM {entries} e{join} WHERE {' AND '.join(where)}",
    )
    return (
        "SELECT x.*, CASE WHEN ended > started THEN ended - started ELSE 0 END AS seconds "
        f"FROM ({row}) x"
    )


def _hours_columns(scope: _Scope) -> str:
    rounded = scope.rounded("seconds")
    return (
        "COUNT(*) AS entries, SUM(seconds) AS seconds, "
        f"SUM({rounded}) AS rounded, "
        "SUM(CASE WHEN billable THEN seconds ELSE 0 END) AS billable, "
        f"SUM(CASE WHEN billable THEN {rounded} ELSE 0 END) AS billable_rounded"
    )


async def _rows(statement: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await TimeEntry._meta.db.execute_query_dict(statement)
    return rows


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _sum_hours(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Totals of grouped rows (a handful of sums, not entries)."""
    keys = ("entries", "seconds", "rounded", "billable", "billable_rounded")
    totals = dict.fromkeys(keys, 0)
    for row in rows:
        for key in keys:
            totals[key] += int(row[key] or 0)
    return totals


def _minor(value: Any, currency: str) -> Decimal:
    """An integer sum of minor units as a Decimal amount of the currency."""
    return Decimal(int(value or 0)).scaleb(-minor_digits(currency))


def _add(totals: dict[str, dict[str, Decimal]], currency: str, **amounts: Decimal | None) -> None:
    bucket = totals.setdefault(currency, {})
    for name, amount in amounts.items():
        if amount is not None:
            bucket[name] = bucket.get(name, Decimal(0)) + amount


def _currency_totals(totals: dict[str, dict[str, Decimal]], show: bool) -> list[CurrencyTotal]:
    return [
        CurrencyTotal(currency, **(amounts if show else {}))
        for currency, amounts in sorted(totals.items())
    ]


# --- reports_timesheet -----------------------------------------------------------------------

TIMESHEET_GROUP = Doc(
    "How to group: DAY or WEEK (local days of the organization's time zone, weeks from its week "
    "start), USER, PROJECT (Space), TASK or CLIENT (of the Space)."
)


async def timesheet(
    principal: Principal,
    *,
    from_: From,
    to: To,
    group_by: Annotated[TimesheetGroup, TIMESHEET_GROUP] = TimesheetGroup.DAY,
    user_ids: UserIds = None,
    project_ids: ProjectIds = None,
) -> TimesheetReport:
    """Hours tracked in a range, grouped, billable and non-billable, raw and rounded."""
    _check_range(from_, to)
    scope = await _scope(principal, what="see reports")
    users = await _user_ids(principal, user_ids)
    projects = await _project_ids(principal, project_ids)
    low, high = calendar.utc_range(from_, to, scope.zone)
    offsets = calendar.offsets(scope.zone, low, high)
    shift = calendar.week_shift(scope.settings.week_start)
    key = {
        TimesheetGroup.DAY: sql.local_day(offsets, "started"),
        TimesheetGroup.WEEK: sql.local_week(offsets, "started", shift),
        TimesheetGroup.USER: "user_id",
        TimesheetGroup.PROJECT: "project_id",
        TimesheetGroup.TASK: "task_id",
        TimesheetGroup.CLIENT: "client_id",
    }[group_by]
    inner = _entries(
        scope,
        start=from_,
        end=to,
        user_ids=users,
        project_ids=projects,
        with_client=group_by is TimesheetGroup.CLIENT,
    )
    grouped = await _rows(
        f"SELECT {key} AS k, {_hours_columns(scope)} FROM ({inner}) t GROUP BY {key}"
    )
    labels = await _labels(scope, group_by, [row["k"] for row in grouped])
    rows = []
    for row in grouped:
        day: date | None = None
        if group_by is TimesheetGroup.DAY:
            day = calendar.day_of(int(row["k"]))
        elif group_by is TimesheetGroup.WEEK:
            day = calendar.week_start_of(int(row["k"]), scope.settings.week_start)
        ident = None if day is not None else _text(row["k"])
        label = day.isoformat() if day is not None else labels.get(ident or "", _NONE[group_by])
        rows.append(TimesheetRow(id=ident, day=day, label=label, time=Hours.of(row)))
    rows.sort(key=lambda r: (r.day or date.min, r.id is None, r.label.casefold(), r.id or ""))
    return TimesheetReport(
        start=from_,
        end=to,
        group_by=group_by,
        settings=scope.settings,
        rows=rows,
        total=Hours.of(_sum_hours(grouped)),
    )


_NONE = {
    TimesheetGroup.USER: "Unknown member",
    TimesheetGroup.PROJECT: "No Space",
    TimesheetGroup.TASK: "No task",
    TimesheetGroup.CLIENT: "No client",
}


async def _labels(scope: _Scope, group_by: TimesheetGroup, keys: list[object]) -> dict[str, str]:
    """Names of the grouped users, Spaces, tasks or clients (one query for the few rows)."""
    ids = [str(k) for k in keys if k is not None]
    if group_by is TimesheetGroup.PROJECT:
        return {p: scope.projects[p][0] for p in ids if p in scope.projects}
    if group_by is TimesheetGroup.CLIENT:
        return {c: scope.clients[c][0] for c in ids if c in scope.clients}
    if not ids:
        return {}
    if group_by is TimesheetGroup.USER:
        return {
            str(user_id): name
            for user_id, name in await User.filter(id__in=ids).values_list("id", "name")
        }
    if group_by is TimesheetGroup.TASK:
        found = await Task.filter(
            organization_id=scope.principal.organization_id, id__in=ids
        ).values_list("id", "number", "title", "project_id")
        return {
            str(
                task_id
            ): f"{scope.projects.get(str(project_id), ('', '?', None))[1]}-{number} {title}"
            for task_id, number, title, project_id in found
        }
    return {}


# --- reports_revenue -------------------------------------------------------------------------

REVENUE_GROUP = Doc(
    "How to group: MONTH (of the issue date for invoiced and outstanding, of the payment date "
    "for paid), CLIENT, or PROJECT (the one Space whose time an invoice bills)."
)


async def revenue(
    principal: Principal,
    *,
    from_: From,
    to: To,
    group_by: Annotated[RevenueGroup, REVENUE_GROUP] = RevenueGroup.MONTH,
) -> RevenueReport:
    """Invoiced, paid and outstanding amounts per currency, grouped.

    Invoiced: the totals of invoices issued in the range that were sent (sent, partially paid or
    paid; drafts and void invoices are not invoiced). Outstanding: the current balance of those
    invoices. Paid: payments received in the range less refunds, on any sent invoice. By PROJECT,
    an invoice counts for a Space when all the time it bills is that Space's; others (several
    Spaces, or no time) form the row without a Space. An invoice billing time of a private Space
    the caller cannot read is left out.
    """
    _check_range(from_, to)
    # Only the Space grouping names Spaces: the others need no list of them.
    scope = await _scope(principal, what="see reports", spaces=group_by is RevenueGroup.PROJECT)
    d = scope.dialect
    billed, entries = BilledTimeEntry._meta.db_table, TimeEntry._meta.db_table
    invoices, payments = Invoice._meta.db_table, Payment._meta.db_table
    readable = _readable(principal)
    space = (
        f"(SELECT CASE WHEN COUNT(DISTINCT t.project_id) = 1 AND COUNT(t.project_id) = COUNT(*) "
        f"THEN MIN(CAST(t.project_id AS VARCHAR(36))) END "
        f"FROM {billed} b JOIN {entries} t ON t.id = b.time_entry_id WHERE b.invoice_id = i.id)"
    )
    hidden = (
        "1 = 0"
        if readable is None
        else f"EXISTS (SELECT 1 FROM {billed} b JOIN {entries} t ON t.id = b.time_entry_id "
        f"WHERE b.invoice_id = i.id AND t.project_id IS NOT NULL "
        f"AND t.project_id NOT IN ({readable}))"
    )
    sent = "('sent', 'partially_paid', 'paid')"
    invoice_key, payment_key = {
        RevenueGroup.MONTH: (sql.month(d, "inv.issue_date"), sql.month(d, "pay.paid_on")),
        RevenueGroup.CLIENT: ("inv.client_id", "inv.client_id"),
        RevenueGroup.PROJECT: ("inv.space", "inv.space"),
    }[group_by]
    low, high = f"'{from_.isoformat()}'", f"'{to.isoformat()}'"
    statement = (
        f"WITH inv AS (SELECT i.id AS id, i.client_id AS client_id, i.currency AS currency, "
        f"i.status AS status, i.issue_date AS issue_date, "
        f"{sql.ten_thousandths('i.total')} AS total, {sql.ten_thousandths('i.balance')} AS balance, "
        f"{space if group_by is RevenueGroup.PROJECT else 'NULL'} AS space "
        f"FROM {invoices} i WHERE i.organization_id = {sql.uuid_literal(principal.organization_id)} "
        f"AND i.status <> 'draft' AND NOT {hidden}) "
        f"SELECT k, currency, SUM(invoices) AS invoices, SUM(invoiced) AS invoiced, "
        f"SUM(outstanding) AS outstanding, SUM(paid) AS paid FROM ("
        f"SELECT {invoice_key} AS k, inv.currency AS currency, 1 AS invoices, "
        f"inv.total AS invoiced, "
        f"CASE WHEN inv.status IN ('sent', 'partially_paid') THEN inv.balance ELSE 0 END "
        f"AS outstanding, 0 AS paid FROM inv WHERE inv.status IN {sent} "
        f"AND inv.issue_date >= {low} AND inv.issue_date <= {high} "
        f"UNION ALL "
        f"SELECT {payment_key} AS k, pay.currency AS currency, 0, 0, 0, "
        f"CASE WHEN pay.kind = 'refund' THEN -{sql.ten_thousandths('pay.amount')} "
        f"ELSE {sql.ten_thousandths('pay.amount')} END "
        f"FROM {payments} pay JOIN inv ON inv.id = pay.invoice_id "
        f"WHERE pay.paid_on >= {low} AND pay.paid_on <= {high}"
        f") r GROUP BY k, currency"
    )
    grouped = await _rows(statement)
    names = await _revenue_labels(scope, group_by, [row["k"] for row in grouped])
    show = scope.show_amounts
    rows: list[RevenueRow] = []
    totals: dict[str, dict[str, Decimal]] = {}
    for row in grouped:
        currency = str(row["currency"])
        amounts = {
            name: in_minor_units(Decimal(int(row[name] or 0)) / _TEN_THOUSAND, currency)
            for name in ("invoiced", "paid", "outstanding")
        }
        _add(totals, currency, **amounts)
        key = _text(row["k"])
        month = key if group_by is RevenueGroup.MONTH else None
        ident = None if month is not None else key
        label = month or names.get(
            ident or "",
            "No client" if group_by is RevenueGroup.CLIENT else "Several Spaces or no time",
        )
        rows.append(
            RevenueRow(
                id=ident,
                month=month,
                label=label,
                currency=currency,
                invoice_count=int(row["invoices"] or 0),
                invoiced=amounts["invoiced"] if show else None,
                paid=amounts["paid"] if show else None,
                outstanding=amounts["outstanding"] if show else None,
            )
        )
    rows.sort(key=lambda r: (r.month or "", r.id is None, r.label.casefold(), r.currency))
    return RevenueReport(
        start=from_,
        end=to,
        group_by=group_by,
        rows=rows,
        totals=_currency_totals(totals, show),
    )


async def _revenue_labels(
    scope: _Scope, group_by: RevenueGroup, keys: list[object]
) -> dict[str, str]:
    ids = [str(k) for k in keys if k is not None]
    if group_by is RevenueGroup.PROJECT:
        return {p: scope.projects[p][0] for p in ids if p in scope.projects}
    if group_by is RevenueGroup.CLIENT and ids:
        return {
            str(client_id): name
            for client_id, name in await Client.filter(
                organization_id=scope.principal.organization_id, id__in=ids
            ).values_list("id", "name")
        }
    return {}


# --- reports_utilization ---------------------------------------------------------------------


async def utilization(
    principal: Principal, *, from_: From, to: To, user_ids: UserIds = None
) -> UtilizationReport:
    """Tracked and billable hours of each member against their capacity in the range.

    Capacity: the member's weekly hours (or the organization's) x working days / 5, where working
    days are Monday to Friday in the range (public holidays and time off are not known).
    Utilization % is tracked hours (raw) over capacity; billable % is billable hours over capacity.
    """
    _check_range(from_, to)
    scope = await _scope(principal, what="see reports")
    users = await _user_ids(principal, user_ids)
    members = Membership.filter(organization_id=principal.organization_id)
    if users is not None:
        members = members.filter(user_id__in=users)
    people = await members.values_list("user_id", "weekly_capacity_hours", "user__name")
    inner = _entries(scope, start=from_, end=to, user_ids=users)
    grouped = {
        str(row["k"]): row
        for row in await _rows(
            f"SELECT user_id AS k, {_hours_columns(scope)} FROM ({inner}) t GROUP BY user_id"
        )
    }
    days = calendar.working_days(from_, to)
    empty = dict.fromkeys(("entries", "seconds", "rounded", "billable", "billable_rounded"), 0)
    rows = []
    capacity_total = Decimal(0)
    for user_id, weekly, name in people:
        row = grouped.get(str(user_id), empty)
        capacity = (Decimal(weekly if weekly is not None else scope.weekly_capacity) * days) / 5
        capacity_total += capacity
        rows.append(_utilization_row(str(user_id), name, capacity, row))
    rows.sort(key=lambda r: (r.name.casefold(), r.user_id))
    total = _utilization_row(
        "", "Total", capacity_total, _sum_hours(grouped.get(r.user_id, empty) for r in rows)
    )
    return UtilizationReport(
        start=from_, end=to, working_days=days, settings=scope.settings, rows=rows, total=total
    )


def _utilization_row(
    user_id: str, name: str, capacity: Decimal, row: dict[str, Any]
) -> UtilizationRow:
    tracked = Decimal(int(row["seconds"] or 0)) / _HOUR
    billable = Decimal(int(row["billable"] or 0)) / _HOUR
    return UtilizationRow(
        user_id=user_id,
        name=name,
        capacity_hours=capacity.quantize(_HUNDREDTH, ROUND_HALF_UP),
        time=Hours.of(row),
        utilization_percent=_percent(tracked, capacity),
        billable_percent=_percent(billable, capacity),
    )


# --- reports_profitability -------------------------------------------------------------------


async def profitability(
    principal: Principal, *, from_: From, to: To, project_ids: ProjectIds = None
) -> ProfitabilityReport:
    """Revenue, cost and margin of each Space over the time tracked in the range.

    Revenue: the billable value of the billable time — each entry's rounded hours x its stored
    hourly rate, rounded half up to the currency's minor unit, summed. Cost: each entry's raw
    hours (billable or not) x its stored cost rate (the member's), rounded the same way, summed.
    Margin = revenue - cost; margin % = margin / revenue x 100 (null without revenue). Entries
    without a rate add nothing and are counted. Amounts are in the Space's client's currency
    (cost rates are taken to be in it too).
    """
    _check_range(from_, to)
    scope = await _scope(principal, what="see reports")
    projects = await _project_ids(principal, project_ids)
    inner = _entries(
        scope, start=from_, end=to, project_ids=projects, extra=["e.project_id IS NOT NULL"]
    )
    amounts = ""
    if scope.show_amounts:
        rounded = scope.rounded("seconds")
        for digits in scope.digits():
            revenue = sql.amount_minor(rounded, "rate", digits)
            cost = sql.amount_minor("seconds", "cost", digits)
            amounts += (
                f", SUM(CASE WHEN billable AND rate IS NOT NULL THEN {revenue} END) AS revenue_{digits}"
                f", SUM(CASE WHEN cost IS NOT NULL THEN {cost} END) AS cost_{digits}"
            )
    grouped = await _rows(
        f"SELECT project_id AS k, {_hours_columns(scope)}, "
        "SUM(CASE WHEN billable AND rate IS NULL THEN 1 ELSE 0 END) AS without_rate, "
        f"SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END) AS without_cost{amounts} "
        f"FROM ({inner}) t GROUP BY project_id"
    )
    rows = []
    totals: dict[str, dict[str, Decimal]] = {}
    for row in grouped:
        project_id = str(row["k"])
        name, _, client_id = scope.projects.get(project_id, ("?", "?", None))
        currency = scope.currency_of(project_id)
        revenue_amount = cost_amount = margin = None
        if scope.show_amounts:
            digits = minor_digits(currency)
            revenue_amount = _minor(row[f"revenue_{digits}"], currency)
            cost_amount = _minor(row[f"cost_{digits}"], currency)
            margin = revenue_amount - cost_amount
            _add(totals, currency, revenue=revenue_amount, cost=cost_amount, margin=margin)
        else:
            totals.setdefault(currency, {})
        rows.append(
            ProfitabilityRow(
                project_id=project_id,
                project_name=name,
                client_id=client_id,
                client_name=scope.clients[client_id][0] if client_id in scope.clients else None,
                currency=currency,
                time=Hours.of(row),
                revenue=revenue_amount,
                cost=cost_amount,
                margin=margin,
                margin_percent=None
                if margin is None or revenue_amount is None
                else _percent(margin, revenue_amount),
                entries_without_rate=int(row["without_rate"] or 0),
                entries_without_cost_rate=int(row["without_cost"] or 0),
            )
        )
    rows.sort(key=lambda r: (r.project_name.casefold(), r.project_id))
    return ProfitabilityReport(
        start=from_,
        end=to,
        settings=scope.settings,
        rows=rows,
        totals=_currency_totals(totals, scope.show_amounts),
    )


# --- reports_unbilled ------------------------------------------------------------------------


async def unbilled(principal: Principal, *, client_id: ClientId = None) -> UnbilledReport:
    """Billable time not on any invoice yet (drafts included), with its amount, per client and Space.

    Amount: each entry's rounded hours x its stored hourly rate, rounded half up to the
    currency's minor unit, summed; entries without a rate add nothing and are counted.
    """
    scope = await _scope(principal, what="see reports")
    extra = [
        "e.billable = " + ("1" if scope.dialect == sql.SQLITE else "TRUE"),
        f"NOT EXISTS (SELECT 1 FROM {BilledTimeEntry._meta.db_table} b "
        "WHERE b.time_entry_id = e.id)",
    ]
    if client_id is not None:
        wanted = await get_in(
            Client.filter(organization_id=principal.organization_id),
            client_id,
            entity="client",
            field="client_id",
        )
        extra.append(
            f"e.project_id IN (SELECT id FROM {Project._meta.db_table} "
            f"WHERE client_id = {sql.uuid_literal(wanted.id)})"
        )
    inner = _entries(scope, extra=extra)
    amounts = ""
    if scope.show_amounts:
        rounded = scope.rounded("seconds")
        for digits in scope.digits():
            amounts += (
                f", SUM(CASE WHEN rate IS NOT NULL THEN "
                f"{sql.amount_minor(rounded, 'rate', digits)} END) AS amount_{digits}"
            )
    grouped = await _rows(
        f"SELECT project_id AS k, {_hours_columns(scope)}, MIN(started) AS first, "
        f"MAX(started) AS last, SUM(CASE WHEN rate IS NULL THEN 1 ELSE 0 END) AS without_rate"
        f"{amounts} FROM ({inner}) t GROUP BY project_id"
    )
    rows = []
    totals: dict[str, dict[str, Decimal]] = {}
    for row in grouped:
        project_id = _text(row["k"])
        project = scope.projects.get(project_id or "")
        client = project[2] if project is not None else None
        currency = scope.currency_of(project_id)
        amount = None
        if scope.show_amounts:
            amount = _minor(row[f"amount_{minor_digits(currency)}"], currency)
            _add(totals, currency, amount=amount)
        else:
            totals.setdefault(currency, {})
        first, last = (
            None if row[edge] is None else _local_day(scope, int(row[edge]))
            for edge in ("first", "last")
        )
        rows.append(
            UnbilledRow(
                client_id=client,
                client_name=scope.clients[client][0] if client in scope.clients else None,
                project_id=project_id,
                project_name=project[0] if project is not None else None,
                currency=currency,
                time=Hours.of(row),
                amount=amount,
                entries_without_rate=int(row["without_rate"] or 0),
                first_day=first,
                last_day=last,
            )
        )
    rows.sort(
        key=lambda r: (
            r.client_name is None,
            (r.client_name or "").casefold(),
            r.project_name is None,
            (r.project_name or "").casefold(),
        )
    )
    return UnbilledReport(
        settings=scope.settings, rows=rows, totals=_currency_totals(totals, scope.show_amounts)
    )


def _local_day(scope: _Scope, epoch: int) -> date:
    return datetime.fromtimestamp(epoch, UTC).astimezone(scope.zone).date()
