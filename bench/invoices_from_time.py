"""invoices_create_from_time over 10,000 time entries, on SQLite and PostgreSQL.

Run: `python -m bench.invoices_from_time [--runs N]` (part of `./dev bench`). Each run seeds a
fresh client with 10,000 unbilled billable entries over two Spaces, then times, in the same run
and on the same data: the bare SQL select of those entries (the baseline: what any billing has
to read) and the service call that bills them into a draft (one line per entry, and one line per
Space), with rounding, lines and billed-entry rows written in bulk. Printed: the ratio of each
call to the baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

from bench.harness import ratio  # noqa: E402

ENTRIES = 10_000
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"

BASELINE = (
    "SELECT e.id, e.user_id, e.project_id, e.task_id, e.description, e.started_at, "
    "e.ended_at, e.hourly_rate FROM time_entries e JOIN projects p ON p.id = e.project_id "
    "WHERE p.client_id = {param} AND e.billable AND e.ended_at IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM billed_time_entries b WHERE b.time_entry_id = e.id) "
    "ORDER BY e.started_at"
)


async def _seed_client(principal: object, organization_id: str, user_id: str) -> str:
    from backend.clients.models import Client
    from backend.projects.models import Project
    from backend.time.models import TimeEntry

    name = f"Client {uuid.uuid4().hex[:8]}"
    client = await Client.create(
        organization_id=organization_id, name=name, name_key=name.casefold(), currency="EUR"
    )
    spaces = [
        await Project.create(
            organization_id=organization_id,
            key=f"B{uuid.uuid4().hex[:6].upper()}",
            name=f"Space {n}",
            client_id=client.id,
        )
        for n in (1, 2)
    ]
    start = datetime(2026, 11, 1, 8, tzinfo=UTC)
    entries = [
        TimeEntry(
            id=uuid.uuid4(),
            organization_id=organization_id,
            user_id=user_id,
            project_id=spaces[n % 2].id,
            billable=True,
            started_at=start + timedelta(minutes=3 * n),
            ended_at=start + timedelta(minutes=3 * n + 2),
            hourly_rate=Decimal("95.00"),
            description=f"Work {n}",
        )
        for n in range(ENTRIES)
    ]
    await TimeEntry.bulk_create(entries, batch_size=1000)
    return str(client.id)


async def _run_on(kind: str, database_url: str, runs: int) -> None:
    from tortoise import connections

    from backend import commit_hooks
    from backend.core import db
    from backend.core.permissions import Role
    from backend.core.principal import Principal
    from backend.invoices import service
    from backend.invoices.arguments import GroupBy
    from backend.orgs.models import Organization, RoundingMode
    from backend.orgs.service import create_workspace

    commit_hooks.install()
    await db.migrate(database_url)
    await db.init(database_url)
    try:
        workspace = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
        await Organization.filter(id=workspace.organization_id).update(
            rounding_mode=RoundingMode.UP, rounding_minutes=6
        )
        principal = Principal(workspace.user_id, workspace.organization_id, Role.OWNER)
        connection = connections.get(db.connection_name(database_url))
        param = "$1" if kind == "PostgreSQL" else "?"
        samples: dict[str, list[float]] = {"baseline": [], "entry": [], "project": []}
        print(f"\n{kind}: invoices_create_from_time over {ENTRIES} entries, {runs} runs")
        for _ in range(runs):
            for group_by in (GroupBy.ENTRY, GroupBy.PROJECT):
                client_id = await _seed_client(
                    principal, workspace.organization_id, workspace.user_id
                )
                started = time.perf_counter()
                rows = await connection.execute_query_dict(
                    BASELINE.format(param=param), [client_id]
                )
                samples["baseline"].append(time.perf_counter() - started)
                assert len(rows) == ENTRIES
                started = time.perf_counter()
                invoice = await service.create_invoice_from_time(
                    principal,
                    client_id=client_id,
                    from_=date(2026, 11, 1),
                    to=date(2026, 11, 30),
                    group_by=group_by,
                )
                samples[group_by.value].append(time.perf_counter() - started)
                assert invoice.total > 0
        for name, values in samples.items():
            print(f"  {name:>8}: median {statistics.median(values) * 1000:.0f} ms")
        ratio("billing, one line per entry / bare select", samples["entry"], samples["baseline"])
        ratio("billing, one line per Space / bare select", samples["project"], samples["baseline"])
    finally:
        await db.close()


async def main(runs: int) -> int:
    import asyncpg

    await _run_on("SQLite", f"sqlite://{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}", runs)
    name = f"trcr_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    except OSError as error:
        print(f"\nPostgreSQL: skipped, not reachable at {POSTGRES_ADMIN_URL} ({error})")
        return 0
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        await _run_on("PostgreSQL", POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", runs)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    return 0


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per grouping (default 3)")
    return asyncio.run(main(parser.parse_args(argv).runs))


if __name__ == "__main__":
    sys.exit(cli())
