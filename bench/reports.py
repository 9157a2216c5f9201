"""Every report over 1,000,000 time entries, on SQLite and PostgreSQL, against the bare SQL.

Run: `python -m bench.reports [--entries N] [--runs N]` (part of `./dev bench`; `--entries 100000`
for a quick run). For each database: seed one organization (Europe/Berlin, rounding to the nearest
15 minutes) with 10 members, 20 Spaces of two clients (EUR and JPY), 100 tasks and N stopped entries
over 2026 in bulk SQL (generate_series on PostgreSQL, a recursive CTE on SQLite), a quarter of the
billable ones billed on 1,000 invoices with 1,000 payments. Then time each report as the catalog
operation through the GraphQL schema in-process (as the owner), interleaved with the bare SQL
aggregate of the same numbers on the same connection: the same sums grouped the same way, without
rounding, local-time segments, visibility or exact money (PostgreSQL's own AT TIME ZONE for days).
Ratios printed: report / bare aggregate (target <= 1.5x).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

from bench.harness import interleaved, ratio  # noqa: E402

POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
TARGET = 1.5
USERS, PROJECTS, TASKS, INVOICES = 10, 20, 100, 1000
YEAR_START = 1767225600  # 2026-01-01T00:00:00Z
YEAR = 365 * 86400


def _id(dialect: str, prefix: str, n: str) -> str:
    """A deterministic UUID from an integer SQL expression (distinct per prefix)."""
    if dialect == "sqlite":
        return f"printf('%08x-0000-4000-{prefix}-%012x', {n}, {n})"
    return (
        f"(lpad(to_hex({n}), 8, '0') || '-0000-4000-{prefix}-' || lpad(to_hex({n}), 12, '0'))::uuid"
    )


def _series(dialect: str, count: int) -> str:
    if dialect == "sqlite":
        return f"WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {count - 1})"
    return f"WITH seq(n) AS (SELECT generate_series(0::bigint, {count - 1}))"


def _timestamp(dialect: str, epoch: str) -> str:
    if dialect == "sqlite":
        return f"strftime('%Y-%m-%d %H:%M:%S', {epoch}, 'unixepoch') || '+00:00'"
    return f"to_timestamp({epoch})"


def _date(dialect: str, epoch: str) -> str:
    if dialect == "sqlite":
        return f"date({epoch}, 'unixepoch')"
    return f"to_timestamp({epoch})::date"


async def _seed(database_url: str, entries: int) -> tuple[Any, str]:
    """The organization's owner principal and its id; the data in bulk SQL."""
    from backend.clients.models import Client
    from backend.core import db
    from backend.core.permissions import Role
    from backend.members.service import add_member
    from backend.orgs.models import Organization
    from backend.orgs.service import create_workspace
    from backend.projects.models import Project
    from backend.task_statuses.models import TaskStatus
    from backend.tasks.models import Task
    from backend.time.models import TimeEntry
    from backend.users.authentication import authenticate

    await db.migrate(database_url)
    await db.init(database_url)
    workspace = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
    org = workspace.organization_id
    await Organization.filter(id=org).update(
        timezone="Europe/Berlin", rounding_mode="nearest", rounding_minutes=15, currency="EUR"
    )
    users = [workspace.user_id] + [
        str(
            (
                await add_member(organization_id=org, email=f"u{i}@localhost", role=Role.MEMBER)
            ).user_id
        )
        for i in range(1, USERS)
    ]
    eur = await Client.create(organization_id=org, name="Euro", name_key="euro", currency="EUR")
    jpy = await Client.create(organization_id=org, name="Yen", name_key="yen", currency="JPY")
    status = await TaskStatus.filter(organization_id=org).first()
    assert status is not None
    projects, tasks = [], []
    for p in range(PROJECTS):
        client = eur if p % 2 == 0 else jpy
        project = await Project.create(
            organization_id=org, key=f"P{p}", name=f"Space {p}", client_id=client.id
        )
        projects.append((str(project.id), "80.00" if client is eur else "9000.00", str(client.id)))
        for t in range(TASKS // PROJECTS):
            task = await Task.create(
                organization_id=org,
                project=project,
                number=t + 1,
                title=f"T{t}",
                status=status,
                position=t,
            )
            tasks.append((str(task.id), p))
    connection = TimeEntry._meta.db
    dialect = connection.capabilities.dialect
    uuid_cast = "" if dialect == "sqlite" else "::uuid"
    project_values = ", ".join(
        f"({i}, '{pid}'{uuid_cast}, '{tasks[i * (TASKS // PROJECTS)][0]}'{uuid_cast}, {rate}, '{cid}'{uuid_cast})"
        for i, (pid, rate, cid) in enumerate(projects)
    )
    user_values = ", ".join(f"({i}, '{u}'{uuid_cast})" for i, u in enumerate(users))
    org_literal = f"'{org}'{uuid_cast}"
    now = _timestamp(dialect, str(YEAR_START))
    step = max(1, YEAR // entries)
    started = f"({YEAR_START} + seq.n * {step})"
    ended = f"({started} + 300 + (seq.n * 7919) % 10500)"
    true, false = ("1", "0") if dialect == "sqlite" else ("TRUE", "FALSE")
    began = time.perf_counter()
    await connection.execute_script(
        f"{_series(dialect, entries)}, p(i, project_id, task_id, rate, client_id) AS (VALUES {project_values}), "
        f"u(i, user_id) AS (VALUES {user_values}) "
        "INSERT INTO time_entries (id, created_at, updated_at, description, billable, started_at, "
        "ended_at, running_user_id, organization_id, project_id, task_id, user_id, hourly_rate, cost_rate) "
        f"SELECT {_id(dialect, '8000', 'seq.n')}, {now}, {now}, NULL, "
        f"CASE WHEN seq.n % 3 = 0 THEN {false} ELSE {true} END, {_timestamp(dialect, started)}, "
        f"{_timestamp(dialect, ended)}, NULL, {org_literal}, p.project_id, "
        f"CASE WHEN seq.n % 5 = 0 THEN NULL ELSE p.task_id END, u.user_id, p.rate, 35.00 "
        f"FROM seq JOIN p ON p.i = seq.n % {PROJECTS} JOIN u ON u.i = (seq.n / 7) % {USERS}"
    )
    # 1,000 invoices (one line each) alternating clients; a quarter of the billable entries billed.
    await connection.execute_script(
        f"{_series(dialect, INVOICES)} "
        "INSERT INTO invoices (id, created_at, updated_at, status, currency, issue_date, subtotal, "
        "discount_total, tax_total, total, amount_paid, balance, client_id, organization_id) "
        f"SELECT {_id(dialect, '9000', 'seq.n')}, {now}, {now}, "
        "CASE WHEN seq.n % 3 = 0 THEN 'paid' ELSE 'sent' END, "
        "CASE WHEN seq.n % 2 = 0 THEN 'EUR' ELSE 'JPY' END, "
        f"{_date(dialect, f'({YEAR_START} + seq.n * 31536)')}, 1000, 0, 0, 1000, "
        "CASE WHEN seq.n % 3 = 0 THEN 1000 ELSE 0 END, CASE WHEN seq.n % 3 = 0 THEN 0 ELSE 1000 END, "
        f"CASE WHEN seq.n % 2 = 0 THEN '{eur.id}'{uuid_cast} ELSE '{jpy.id}'{uuid_cast} END, {org_literal} "
        "FROM seq"
    )
    await connection.execute_script(
        f"{_series(dialect, INVOICES)} "
        "INSERT INTO invoice_lines (id, created_at, updated_at, position, description, quantity, "
        "unit_price, tax_rate, amount, invoice_id, organization_id) "
        f"SELECT {_id(dialect, 'a000', 'seq.n')}, {now}, {now}, 0, 'Time', 1, 1000, 0, 1000, "
        f"{_id(dialect, '9000', 'seq.n')}, {org_literal} FROM seq"
    )
    await connection.execute_script(
        f"{_series(dialect, INVOICES)} "
        "INSERT INTO payments (id, created_at, updated_at, kind, amount, currency, paid_on, "
        "invoice_id, organization_id) "
        f"SELECT {_id(dialect, 'b000', 'seq.n')}, {now}, {now}, 'payment', 1000, "
        "CASE WHEN seq.n % 2 = 0 THEN 'EUR' ELSE 'JPY' END, "
        f"{_date(dialect, f'({YEAR_START} + seq.n * 31536 + 86400)')}, "
        f"{_id(dialect, '9000', 'seq.n')}, {org_literal} FROM seq WHERE seq.n % 3 = 0"
    )
    await connection.execute_script(
        f"{_series(dialect, entries)} "
        "INSERT INTO billed_time_entries (id, created_at, updated_at, invoice_id, line_id, "
        "organization_id, time_entry_id) "
        f"SELECT {_id(dialect, 'c000', 'seq.n')}, {now}, {now}, "
        f"{_id(dialect, '9000', f'(seq.n / 12) % {INVOICES}')}, "
        f"{_id(dialect, 'a000', f'(seq.n / 12) % {INVOICES}')}, {org_literal}, "
        f"{_id(dialect, '8000', 'seq.n')} FROM seq WHERE seq.n % 12 = 1"
    )
    await connection.execute_script("ANALYZE")
    print(f"  seeded {entries:,} entries in {time.perf_counter() - began:.1f} s")
    return await authenticate(workspace.token), org


def _bare(dialect: str, org: str) -> dict[str, str]:
    """The bare SQL aggregate of each report's numbers."""
    sqlite = dialect == "sqlite"
    seconds = (
        "(unixepoch(t.ended_at) - unixepoch(t.started_at))"
        if sqlite
        else "date_part('epoch', t.ended_at - t.started_at)"
    )
    where = f"organization_id = '{org}' AND ended_at IS NOT NULL AND started_at >= '2026-01-01' AND started_at < '2027-01-01'"
    sums = f"COUNT(*), SUM({seconds}), SUM(CASE WHEN t.billable THEN {seconds} ELSE 0 END)"
    day = "date(started_at)" if sqlite else "(started_at AT TIME ZONE 'Europe/Berlin')::date"
    week = (
        "strftime('%Y-%W', started_at)"
        if sqlite
        else "date_trunc('week', started_at AT TIME ZONE 'Europe/Berlin')"
    )

    def month(column: str) -> str:
        return f"strftime('%Y-%m', {column})" if sqlite else f"to_char({column}, 'YYYY-MM')"

    billable = "billable = 1" if sqlite else "billable"
    return {
        "timesheet DAY": f"SELECT {day}, {sums} FROM time_entries t WHERE {where} GROUP BY 1",
        "timesheet WEEK": f"SELECT {week}, {sums} FROM time_entries t WHERE {where} GROUP BY 1",
        "timesheet USER": f"SELECT user_id, {sums} FROM time_entries t WHERE {where} GROUP BY 1",
        "timesheet PROJECT": f"SELECT project_id, {sums} FROM time_entries t WHERE {where} GROUP BY 1",
        "timesheet TASK": f"SELECT task_id, {sums} FROM time_entries t WHERE {where} GROUP BY 1",
        "timesheet CLIENT": (
            f"SELECT p.client_id, {sums} FROM (SELECT * FROM time_entries WHERE {where}) t "
            "LEFT JOIN projects p ON p.id = t.project_id GROUP BY 1"
        ),
        "revenue MONTH": (
            f"SELECT k, currency, SUM(t), SUM(b), SUM(p) FROM ("
            f"SELECT {month('issue_date')} AS k, currency, total AS t, balance AS b, 0 AS p FROM invoices "
            f"WHERE organization_id = '{org}' AND status <> 'draft' AND status <> 'void' "
            f"AND issue_date >= '2026-01-01' AND issue_date <= '2026-12-31' "
            f"UNION ALL SELECT {month('paid_on')}, currency, 0, 0, amount FROM payments "
            f"WHERE organization_id = '{org}' AND paid_on >= '2026-01-01' AND paid_on <= '2026-12-31'"
            f") r GROUP BY k, currency"
        ),
        "revenue PROJECT": (
            "SELECT s, currency, SUM(total), SUM(balance) FROM (SELECT i.currency, i.total, i.balance, "
            "(SELECT MIN(CAST(e.project_id AS VARCHAR(36))) FROM billed_time_entries b "
            "JOIN time_entries e ON e.id = b.time_entry_id WHERE b.invoice_id = i.id) AS s "
            f"FROM invoices i WHERE i.organization_id = '{org}' AND i.issue_date >= '2026-01-01' "
            "AND i.issue_date <= '2026-12-31') r GROUP BY s, currency"
        ),
        "utilization": f"SELECT user_id, {sums} FROM time_entries t WHERE {where} GROUP BY 1",
        "profitability": (
            f"SELECT project_id, {sums}, SUM({seconds} * hourly_rate), SUM({seconds} * cost_rate) "
            f"FROM time_entries t WHERE {where} GROUP BY 1"
        ),
        "unbilled": (
            f"SELECT project_id, COUNT(*), SUM({seconds}), SUM({seconds} * hourly_rate) "
            f"FROM time_entries t WHERE organization_id = '{org}' AND ended_at IS NOT NULL AND {billable} "
            "AND NOT EXISTS (SELECT 1 FROM billed_time_entries b WHERE b.time_entry_id = t.id) GROUP BY 1"
        ),
    }


YEAR_ARGS = {"from": "2026-01-01", "to": "2026-12-31"}
REPORTS: dict[str, tuple[str, dict[str, Any]]] = {
    **{
        f"timesheet {group}": ("reports_timesheet", {**YEAR_ARGS, "group_by": group})
        for group in ("DAY", "WEEK", "USER", "PROJECT", "TASK", "CLIENT")
    },
    "revenue MONTH": ("reports_revenue", {**YEAR_ARGS, "group_by": "MONTH"}),
    "revenue PROJECT": ("reports_revenue", {**YEAR_ARGS, "group_by": "PROJECT"}),
    "utilization": ("reports_utilization", YEAR_ARGS),
    "profitability": ("reports_profitability", YEAR_ARGS),
    "unbilled": ("reports_unbilled", {}),
}


async def _measure(principal: Any, org: str, runs: int) -> list[bool]:
    from backend.core.context import build_context
    from backend.schema import schema
    from backend.settings import Settings
    from backend.time.models import TimeEntry
    from mcp_adapter.server import create_mcp_endpoint

    tools = create_mcp_endpoint(Settings()).executor.tools
    connection = TimeEntry._meta.db
    bare = _bare(connection.capabilities.dialect, org)

    def report(tool: str, variables: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        document = tools[tool].operation.document_text

        async def call() -> None:
            result = await schema.execute(
                document,
                variable_values=variables,
                operation_name=tool,
                context_value=build_context(principal),
            )
            assert result.errors is None, result.errors

        return call

    def baseline(statement: str) -> Callable[[], Awaitable[Any]]:
        async def call() -> None:
            await connection.execute_query_dict(statement)

        return call

    results = []
    for name, (tool, variables) in REPORTS.items():
        calls = {"report": report(tool, variables), "bare": baseline(bare[name])}
        for call in calls.values():  # warm the caches once
            await call()
        samples = await interleaved(calls, runs, warmup=0, rounds=runs)
        median_report = statistics.median(samples["report"]) * 1000
        median_bare = statistics.median(samples["bare"]) * 1000
        print(
            f"  {name:<18} report {median_report:9.1f} ms   bare SQL {median_bare:9.1f} ms", end=""
        )
        results.append(ratio("", samples["report"], samples["bare"], TARGET))
    return results


async def _run_on(kind: str, database_url: str, entries: int, runs: int) -> list[bool]:
    from backend.core import db

    print(f"\n{kind}: reports over {entries:,} time entries, {runs} runs each (medians)")
    try:
        principal, org = await _seed(database_url, entries)
        return await _measure(principal, org, runs)
    finally:
        await db.close()


async def main(entries: int, runs: int, databases: list[str]) -> int:
    import asyncpg

    results: list[bool] = []
    if "sqlite" in databases:
        results += await _run_on(
            "SQLite", f"sqlite://{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}", entries, runs
        )
    if "postgres" not in databases:
        return 0 if all(results) else 1
    name = f"trcr_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    except OSError as error:
        print(f"\nPostgreSQL: skipped, not reachable at {POSTGRES_ADMIN_URL} ({error})")
    else:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            results += await _run_on(
                "PostgreSQL", POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", entries, runs
            )
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()
    return 0 if all(results) else 1


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--entries", type=int, default=1_000_000, help="time entries (default 1,000,000)"
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs per report (default 5)")
    parser.add_argument(
        "--databases",
        nargs="+",
        choices=["sqlite", "postgres"],
        default=["sqlite", "postgres"],
        help="which databases (default both)",
    )
    arguments = parser.parse_args(argv)
    return asyncio.run(main(arguments.entries, arguments.runs, arguments.databases))


if __name__ == "__main__":
    sys.exit(cli())
