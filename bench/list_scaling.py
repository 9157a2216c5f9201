"""Each list tool and projects_stats at 1k, 10k and 100k rows, on SQLite and PostgreSQL.

Run: `python -m bench.list_scaling [--sizes 1000,10000,100000] [--runs N]` (part of `./dev bench`).
For each database and each size N: a fresh database, one workspace, and N rows in each listed
scope (a Space's tasks and time entries, a channel's messages, the owner's notifications, the
audit log, one task's comments, the clients), seeded with bulk INSERTs (not through services,
so 100k rows take seconds), plus a 50-entry Space beside the big one. Every call runs in
process through the catalog's own operation (the schema, the resolvers and the SQL that
/graphql and /mcp run, without HTTP):
- "page": the tool's operation without totalCount (what a page costs; goal: 100k / 1k ≤ 1.3x);
- "tool": the operation as the MCP tool runs it, with totalCount (an exact COUNT(*) of the
  scope: O(n) in the scope, bounded by an index range, not by the organization).
On PostgreSQL the tables are ANALYZEd after seeding (autovacuum's job on a live database).
projects_stats aggregates the Space's N tasks and N entries in SQL (O(n) in the Space by nature,
one row back per status and per user). The ratios printed are largest size / smallest size.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import tempfile
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

from bench.harness import interleaved, line  # noqa: E402

POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
SMALL_SPACE = 50
START = datetime(2026, 1, 1, tzinfo=UTC)
TARGET = 1.3


async def _seed(size: int) -> tuple[Any, dict[str, str]]:
    """The workspace's owner principal and the ids the cases list."""
    from backend.audit.models import AuditEntry
    from backend.chat.models import ChatChannel, ChatMessage
    from backend.clients.models import Client
    from backend.notifications.kinds import NotificationKind
    from backend.notifications.models import Notification
    from backend.orgs.service import create_workspace
    from backend.projects.models import Project
    from backend.task_statuses.models import TaskStatus
    from backend.tasks.models import Task
    from backend.tasks_comments.models import TaskComment
    from backend.time.models import TimeEntry
    from backend.users.authentication import authenticate

    created = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
    org, user = created.organization_id, created.user_id
    principal = await authenticate(created.token)
    status = await TaskStatus.filter(organization_id=org).order_by("position").first()
    assert status is not None
    big = await Project.create(organization_id=org, key="BIG", name="Big", budget_hours=1000)
    small = await Project.create(organization_id=org, key="SMALL", name="Small")
    channel = await ChatChannel.create(organization_id=org, name="bench")
    batch = 1000

    def when(n: int) -> datetime:
        return START + timedelta(minutes=n)

    tasks = [
        Task(
            id=uuid.uuid4(),
            organization_id=org,
            project_id=big.id,
            number=n,
            title=f"Task {n}",
            status_id=status.id,
            position=n * 1024,
        )
        for n in range(1, size + 1)
    ]
    await Task.bulk_create(tasks, batch_size=batch)
    entries = [
        TimeEntry(
            organization_id=org,
            user_id=user,
            project_id=project.id,
            started_at=when(2 * n),
            ended_at=when(2 * n + 1),
            billable=n % 2 == 0,
        )
        for project, count in ((big, size), (small, SMALL_SPACE))
        for n in range(count)
    ]
    await TimeEntry.bulk_create(entries, batch_size=batch)
    await ChatMessage.bulk_create(
        [
            ChatMessage(organization_id=org, channel_id=channel.id, author_id=user, body=f"m{n}")
            for n in range(size)
        ],
        batch_size=batch,
    )
    await Notification.bulk_create(
        [
            Notification(
                organization_id=org,
                recipient_id=user,
                kind=NotificationKind.TASK_ASSIGNED,
                entity_type="task",
                entity_id=str(tasks[n % len(tasks)].id),
                text=f"n{n}",
            )
            for n in range(size)
        ],
        batch_size=batch,
    )
    await AuditEntry.bulk_create(
        [
            AuditEntry(
                organization_id=org,
                occurred_at=when(n),
                interface="bench",
                entity_type="task",
                entity_id=str(tasks[n % len(tasks)].id),
                action="task.updated",
                actor_id=user,
            )
            for n in range(size)
        ],
        batch_size=batch,
    )
    await TaskComment.bulk_create(
        [TaskComment(task_id=tasks[0].id, author_id=user, body=f"c{n}") for n in range(size)],
        batch_size=batch,
    )
    await Client.bulk_create(
        [
            Client(
                organization_id=org,
                name=f"Client {n:06}",
                name_key=f"client {n:06}",
                currency="EUR",
            )
            for n in range(size)
        ],
        batch_size=batch,
    )
    ids = {"big": str(big.id), "small": str(small.id), "channel": str(channel.id)}
    ids["task"] = str(tasks[0].id)
    return principal, ids


async def _analyze() -> None:
    """PostgreSQL plans from table statistics: refresh them after the bulk load, as autovacuum
    does on a live database (without them the planner takes the 100k-row tables for empty)."""
    from backend.time.models import TimeEntry

    connection = TimeEntry._meta.db
    if connection.capabilities.dialect == "postgres":
        await connection.execute_script("ANALYZE")


def _cases(ids: dict[str, str]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        "tasks_list (Space)": ("tasks_list", {"project_id": ids["big"]}),
        "time_entries_list (Space)": ("time_entries_list", {"project_id": ids["big"]}),
        "time_entries_list (50-entry Space)": ("time_entries_list", {"project_id": ids["small"]}),
        "time_entries_list (organization)": ("time_entries_list", {}),
        "chat_messages_list": ("chat_messages_list", {"channel_id": ids["channel"]}),
        "notifications_list": ("notifications_list", {}),
        "audit_list": ("audit_list", {}),
        "tasks_comments_list": ("tasks_comments_list", {"task_id": ids["task"]}),
        "clients_list": ("clients_list", {}),
    }


def _without_total(document: str) -> str:
    return re.sub(r"(\w+\s*:\s*)?\btotalCount\b", "", document)


async def _measure(size: int, runs: int) -> dict[str, list[float]]:
    from backend.core.context import build_context
    from backend.schema import schema
    from backend.settings import Settings
    from mcp_adapter.server import create_mcp_endpoint

    principal, ids = await _seed(size)
    await _analyze()
    executor = create_mcp_endpoint(Settings()).executor
    calls: dict[str, Callable[[], Awaitable[Any]]] = {}

    def page(tool: str, arguments: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        document = _without_total(executor.tools[tool].operation.document_text)

        async def call() -> None:
            result = await schema.execute(
                document,
                variable_values=arguments,
                context_value=build_context(principal),
                operation_name=tool,
            )
            assert result.errors is None, result.errors

        return call

    def tool_call(tool: str, arguments: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        async def call() -> None:
            result = await executor.call(tool, arguments, principal)
            assert not result.is_error, result.content

        return call

    for name, (tool, arguments) in _cases(ids).items():
        calls[f"page {name}"] = page(tool, arguments)
        calls[f"tool {name}"] = tool_call(tool, arguments)
    calls["projects_stats (Space)"] = tool_call("projects_stats", {"project_id": ids["big"]})
    return await interleaved(calls, runs, warmup=3)


async def _run_on(
    kind: str, url_for: Callable[[int], Awaitable[str]], sizes: list[int], runs: int
) -> bool:
    from backend.core import db

    results: dict[int, dict[str, list[float]]] = {}
    for size in sizes:
        url = await url_for(size)
        await db.migrate(url)
        await db.init(url)
        try:
            results[size] = await _measure(size, runs)
        finally:
            await db.close()
        print(f"\n{kind}: {size} rows per list, {runs} calls per line")
        for name, samples in results[size].items():
            print(line(name, samples))
    low, high = min(sizes), max(sizes)
    print(f"\n{kind}: median at {high} / median at {low} rows (pages: target <= {TARGET}x)")
    ok = True
    for name in results[low]:
        value = statistics.median(results[high][name]) / statistics.median(results[low][name])
        if name.startswith("page "):
            verdict = "ok" if value <= TARGET else "OVER TARGET"
            ok = ok and value <= TARGET
            print(f"  {name:<48} {value:6.2f}x {verdict}")
        else:
            print(f"  {name:<48} {value:6.2f}x (counts or aggregates the scope: O(n))")
    return ok


async def main(sizes: list[int], runs: int) -> int:
    import asyncpg

    folder = Path(tempfile.mkdtemp(prefix="trcr-bench-lists-"))

    async def sqlite_url(size: int) -> str:
        return f"sqlite://{folder / f'lists-{size}.sqlite3'}"

    ok = await _run_on("SQLite", sqlite_url, sizes, runs)
    created: list[str] = []
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    except OSError as error:
        print(f"\nPostgreSQL: skipped, not reachable at {POSTGRES_ADMIN_URL} ({error})")
        return 0 if ok else 1

    async def postgres_url(size: int) -> str:
        name = f"trcr_bench_lists_{uuid.uuid4().hex[:8]}"
        await admin.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    try:
        ok = await _run_on("PostgreSQL", postgres_url, sizes, runs) and ok
    finally:
        for name in created:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    return 0 if ok else 1


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part) for part in text.split(",")})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--sizes takes row counts separated by commas, e.g. 1000,10000; got {text!r}"
        ) from None
    if len(sizes) < 2 or sizes[0] < 1:
        raise argparse.ArgumentTypeError("--sizes needs at least two positive row counts")
    return sizes


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=[1000, 10_000, 100_000],
        help="rows per list, comma-separated (default 1000,10000,100000)",
    )
    parser.add_argument("--runs", type=int, default=50, help="calls per line (default 50)")
    args = parser.parse_args(argv)
    return asyncio.run(main(args.sizes, args.runs))


if __name__ == "__main__":
    sys.exit(cli())
