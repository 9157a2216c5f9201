"""The reports' SQL rules, run on each database against Python's own answers.

- Rounding: the SQL expression against the case table of the Python rule
  (tests/backend/time/test_rounding.py), so the two cannot drift apart.
- Local days and weeks: the offset segments spliced into SQL against zoneinfo, instant by
  instant, around both DST changes of Europe/Berlin and a half-hour zone.
- Amounts: the integer expression against Decimal half-up.
- No rows in Python: a report costs the same statements and fetches the same rows whether
  there are 5 entries or 200.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tortoise import connections

from backend.core import db
from backend.core.permissions import Role
from backend.orgs.models import Organization
from backend.projects.models import Project
from backend.reports import calendar, service, sql
from backend.reports.arguments import RevenueGroup, TimesheetGroup
from backend.time.models import TimeEntry
from tests.backend.time.test_rounding import CASES
from tests.conftest import Workspace
from tests.support import Database

# (mode, minutes, seconds, rounded seconds): the cases of the Python rule, worked by hand there.
ROUNDING_CASES = [
    (mode.value, minutes, seconds, expected) for seconds, mode, minutes, expected in CASES
]


def _dialect(database: Database) -> str:
    return sql.POSTGRES if database.kind == "postgres" else sql.SQLITE


async def _scalar(database: Database, expression: str) -> Any:
    connection = connections.get(db.connection_name(database.url))
    rows = await connection.execute_query_dict(f"SELECT {expression} AS v")
    return rows[0]["v"]


async def test_the_rounding_expression_matches_the_case_table(database: Database) -> None:
    cases = " UNION ALL ".join(
        f"SELECT {i} AS i, {sql.rounded(mode, minutes, str(seconds))} AS v"
        for i, (mode, minutes, seconds, _) in enumerate(ROUNDING_CASES)
    )
    connection = connections.get(db.connection_name(database.url))
    rows = await connection.execute_query_dict(f"SELECT i, v FROM ({cases}) c ORDER BY i")

    assert [int(row["v"]) for row in rows] == [expected for *_, expected in ROUNDING_CASES]


async def test_the_amount_expression_rounds_half_up_like_decimal(database: Database) -> None:
    rng = random.Random(9)
    cases = [
        (rng.randrange(0, 40_000), rng.randrange(1, 200_000_000), rng.choice((0, 2, 3, 4)))
        for _ in range(60)
    ]
    # Exact halves, JPY, and a KWD rate with three places (1.125 an hour = 11250 / 10,000).
    cases += [(1800, 100, 2), (18, 100, 2), (9, 100, 0), (4020, 20000000, 0), (1600, 11250, 3)]
    expression = " UNION ALL ".join(
        f"SELECT {i} AS i, {sql.amount_minor(str(s), str(c), d)} AS v"
        for i, (s, c, d) in enumerate(cases)
    )
    connection = connections.get(db.connection_name(database.url))
    rows = await connection.execute_query_dict(f"SELECT i, v FROM ({expression}) c ORDER BY i")

    expected = [
        int((Decimal(s) / 3600 * Decimal(c) / 10000 * 10**d).quantize(Decimal(1), ROUND_HALF_UP))
        for s, c, d in cases
    ]
    assert [int(row["v"]) for row in rows] == expected


def _instants() -> list[dt.datetime]:
    """Every 10 minutes around Berlin's changes of 2026, and random ones over the year."""
    found = []
    for change in (
        dt.datetime(2026, 3, 29, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 1, tzinfo=dt.UTC),
    ):
        found += [change + dt.timedelta(minutes=10 * k) for k in range(-150, 150)]
        found += [change - dt.timedelta(seconds=1), change]
    rng = random.Random(7)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    found += [start + dt.timedelta(seconds=rng.randrange(0, 365 * 86400)) for _ in range(300)]
    return found


@pytest.mark.parametrize("zone_name", ["Europe/Berlin", "Asia/Kolkata", "America/St_Johns"])
async def test_local_days_and_weeks_in_sql_are_zoneinfo_s(
    database: Database, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    low, high = calendar.utc_range(dt.date(2026, 1, 1), dt.date(2026, 12, 31), zone)
    offsets = calendar.offsets(zone, low, high)
    instants = _instants()
    shift = calendar.week_shift("sunday")
    values = ", ".join(f"({i}, {int(t.timestamp())})" for i, t in enumerate(instants))
    statement = (
        f"WITH c(i, started) AS (VALUES {values}) "
        f"SELECT i, {sql.local_day(offsets, 'started')} AS d, "
        f"{sql.local_week(offsets, 'started', shift)} AS w FROM c ORDER BY i"
    )
    connection = connections.get(db.connection_name(database.url))
    rows = await connection.execute_query_dict(statement)

    days = [calendar.day_of(int(row["d"])) for row in rows]
    weeks = [calendar.week_start_of(int(row["w"]), "sunday") for row in rows]
    local = [t.astimezone(zone).date() for t in instants]
    assert days == local
    # The week's first day is the last Sunday on or before the local day.
    assert weeks == [d - dt.timedelta(days=(d.weekday() + 1) % 7) for d in local]


def test_offsets_find_each_change_to_the_second() -> None:
    zone = ZoneInfo("Europe/Berlin")
    low, high = calendar.utc_range(dt.date(2026, 3, 1), dt.date(2026, 10, 31), zone)

    found = calendar.offsets(zone, low, high)

    assert found.first == 3600
    assert found.changes == (
        (int(dt.datetime(2026, 3, 29, 1, tzinfo=dt.UTC).timestamp()), 7200),
        (int(dt.datetime(2026, 10, 25, 1, tzinfo=dt.UTC).timestamp()), 3600),
    )
    assert calendar.utc_range(dt.date(2026, 3, 29), dt.date(2026, 3, 29), zone) == (
        dt.datetime(2026, 3, 28, 23, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 29, 22, tzinfo=dt.UTC),  # a 23-hour day
    )


def test_working_days_count_monday_to_friday() -> None:
    assert calendar.working_days(dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == 22
    assert calendar.working_days(dt.date(2026, 3, 7), dt.date(2026, 3, 8)) == 0  # a weekend
    assert calendar.working_days(dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == 1
    for length in range(0, 20):
        start = dt.date(2026, 3, 4)
        end = start + dt.timedelta(days=length)
        by_hand = sum(1 for k in range(length + 1) if (start + dt.timedelta(days=k)).weekday() < 5)
        assert calendar.working_days(start, end) == by_hand


class _Fetched:
    """Statements sent and rows fetched through the tortoise connection while active."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.statements: list[str] = []
        self.rows = 0

    def __enter__(self) -> _Fetched:
        cls = type(self.connection)
        self._originals = {n: getattr(cls, n) for n in ("execute_query", "execute_query_dict")}
        for name, original in self._originals.items():
            setattr(cls, name, self._wrap(name, original))
        return self

    def _wrap(self, name: str, original: Any) -> Any:
        async def counted(client: Any, query: str, *args: Any, **kwargs: Any) -> Any:
            self.statements.append(query)
            result = await original(client, query, *args, **kwargs)
            self.rows += len(result if name == "execute_query_dict" else result[1])
            return result

        return counted

    def __exit__(self, *exc: object) -> None:
        for name, original in self._originals.items():
            setattr(type(self.connection), name, original)


async def _seed_entries(workspace: Workspace, count: int, project: Project) -> None:
    start = dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)
    await TimeEntry.bulk_create(
        [
            TimeEntry(
                organization_id=workspace.organization_id,
                user_id=workspace.user_id,
                project_id=project.id,
                billable=n % 2 == 0,
                # Three local days whatever the count: the groups stay the same.
                started_at=start + dt.timedelta(days=n % 3, seconds=n),
                ended_at=start + dt.timedelta(days=n % 3, seconds=n, minutes=50),
                hourly_rate=Decimal("80.00"),
                cost_rate=Decimal("30.00"),
            )
            for n in range(count)
        ]
    )


REPORTS = {
    "timesheet-day": lambda p: service.timesheet(
        p, from_=dt.date(2026, 3, 1), to=dt.date(2026, 4, 30)
    ),
    "timesheet-task": lambda p: service.timesheet(
        p, from_=dt.date(2026, 3, 1), to=dt.date(2026, 4, 30), group_by=TimesheetGroup.TASK
    ),
    "revenue": lambda p: service.revenue(
        p, from_=dt.date(2026, 3, 1), to=dt.date(2026, 4, 30), group_by=RevenueGroup.PROJECT
    ),
    "utilization": lambda p: service.utilization(
        p, from_=dt.date(2026, 3, 1), to=dt.date(2026, 4, 30)
    ),
    "profitability": lambda p: service.profitability(
        p, from_=dt.date(2026, 3, 1), to=dt.date(2026, 4, 30)
    ),
    "unbilled": lambda p: service.unbilled(p),
}


@pytest.mark.parametrize("report", sorted(REPORTS))
async def test_a_report_fetches_the_same_rows_for_5_or_200_entries(
    database: Database, workspace: Workspace, report: str
) -> None:
    await Organization.filter(id=workspace.organization_id).update(timezone="Europe/Berlin")
    principal = workspace.principal(Role.MANAGER)  # a reader of open Spaces: the access subquery
    connection = connections.get(db.connection_name(database.url))
    project = await Project.create(organization_id=workspace.organization_id, key="WEB", name="Web")

    measured = []
    for count in (5, 195):  # 5, then 200 in all (over the two months)
        await _seed_entries(workspace, count, project)
        with _Fetched(connection) as fetched:
            await REPORTS[report](principal)
        measured.append(fetched)

    few, many = measured
    assert (len(many.statements), many.rows) == (len(few.statements), few.rows)
    assert many.rows <= 10
    assert any("GROUP BY" in statement for statement in many.statements)
