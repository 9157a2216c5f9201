"""Every list tool reads its table through an index, on SQLite and on PostgreSQL.

Each list tool (with the filters assistants use most) is called through the MCP executor while
its SQL statements are recorded; every statement that reads the listed table is then explained
on the same database. A full scan of that table fails the test:
- SQLite (`EXPLAIN QUERY PLAN`): a `SCAN <table>` step, with or without an index (a SCAN reads
  every row or every index entry; a SEARCH reads a range);
- PostgreSQL (`EXPLAIN (FORMAT JSON)` with `enable_seqscan = off`, so the verdict does not depend
  on table statistics or sizes): a Seq Scan of the table, or an index scan of it without an
  Index Cond (a walk of the whole index).
On SQLite (no statistics: its choices follow the schema alone) the page and its COUNT must also
be narrowed by the list's scope column through the index (a Space's entries, not the
organization's). On PostgreSQL that choice rests on statistics, so only full scans and sorts
are judged there; bench/list_scaling.py measures the rest at 100k rows.
The plans depend only on the schema and the statements, never on timing or row counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tortoise import connections

from backend.core import db
from backend.core.permissions import Role
from backend.settings import Settings
from backend.users.authentication import authenticate
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.statements import StatementRecorder
from tests.backend.world import Scene, World, make_world
from tests.conftest import Workspace
from tests.support import Database

Arguments = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Listing:
    tool: str
    arguments: Arguments
    table: str  # the table the tool lists (its big table)
    scope: str  # the column the page must be narrowed by through its index, not by a filter


LISTS = [
    Listing("tasks_list", lambda w: {"project_id": w.project}, "tasks", "project_id"),
    Listing("tasks_list", lambda w: {}, "tasks", "organization_id"),
    Listing(
        "tasks_list",
        lambda w: {"project_id": w.project, "status_id": w.first_status},
        "tasks",
        "project_id",
    ),
    Listing("time_entries_list", lambda w: {"project_id": w.project}, "time_entries", "project_id"),
    Listing("time_entries_list", lambda w: {}, "time_entries", "organization_id"),
    Listing("time_entries_list", lambda w: {"user_id": w.owner}, "time_entries", "user_id"),
    Listing("time_entries_list", lambda w: {"task_id": w.task}, "time_entries", "task_id"),
    Listing("clients_list", lambda w: {}, "clients", "organization_id"),
    Listing("invoices_list", lambda w: {}, "invoices", "organization_id"),
    Listing("invoices_list", lambda w: {"client_id": w.client}, "invoices", "client_id"),
    Listing("payments_list", lambda w: {}, "payments", "organization_id"),
    Listing("payments_list", lambda w: {"invoice_id": w.invoice}, "payments", "invoice_id"),
    Listing(
        "chat_messages_list", lambda w: {"channel_id": w.channel}, "chat_messages", "channel_id"
    ),
    Listing("chat_channels_list", lambda w: {}, "chat_channels", "organization_id"),
    Listing("notifications_list", lambda w: {}, "notifications", "recipient_id"),
    Listing("notifications_list", lambda w: {"unread_only": True}, "notifications", "recipient_id"),
    Listing("audit_list", lambda w: {}, "audit_entries", "organization_id"),
    Listing(
        "audit_list",
        lambda w: {"entity_type": "task", "entity_id": w.task},
        "audit_entries",
        "entity_id",
    ),
    Listing("tasks_comments_list", lambda w: {"task_id": w.task}, "task_comments", "task_id"),
    Listing(
        "attachments_list",
        lambda w: {"entity_type": "task", "entity_id": w.task},
        "attachments",
        "entity_id",
    ),
    Listing("projects_list", lambda w: {}, "projects", "organization_id"),
    Listing(
        "projects_members_list",
        lambda w: {"project_id": w.project},
        "project_members",
        "project_id",
    ),
    Listing("members_list", lambda w: {}, "memberships", "organization_id"),
    Listing("milestones_list", lambda w: {"project_id": w.project}, "milestones", "project_id"),
    Listing("labels_list", lambda w: {}, "labels", "organization_id"),
    Listing(
        "clients_contacts_list", lambda w: {"client_id": w.client}, "client_contacts", "client_id"
    ),
    Listing(
        "git_commits_list",
        lambda w: {"repository_id": w.repository},
        "git_commits",
        "repository_id",
    ),
    Listing(
        "git_branches_list",
        lambda w: {"repository_id": w.repository},
        "git_branches",
        "repository_id",
    ),
    Listing("git_repositories_list", lambda w: {}, "git_repositories", "organization_id"),
    Listing(
        "public_forms_submissions_list",
        lambda w: {"form_id": w.form},
        "public_form_submissions",
        "form_id",
    ),
    Listing("public_forms_list", lambda w: {}, "public_forms", "organization_id"),
    Listing(
        "task_recurrences_occurrences_list",
        lambda w: {"recurrence_id": w.recurrence},
        "task_recurrence_occurrences",
        "recurrence_id",
    ),
    Listing("task_recurrences_list", lambda w: {}, "task_recurrences", "organization_id"),
    Listing(
        "chat_channels_members_list",
        lambda w: {"channel_id": w.private_channel},
        "chat_channel_members",
        "channel_id",
    ),
    Listing("members_invitations_list", lambda w: {}, "invitations", "organization_id"),
    Listing("orgs_tokens_list", lambda w: {}, "personal_access_tokens", "organization_id"),
    Listing("users_tokens_list", lambda w: {}, "personal_access_tokens", "user_id"),
    # Aggregates, not pages: each reads the Space's rows through the Space's index.
    Listing("projects_stats", lambda w: {"project_id": w.project}, "tasks", "project_id"),
    Listing("projects_stats", lambda w: {"project_id": w.project}, "time_entries", "project_id"),
]


@dataclass(frozen=True)
class Plan:
    full_scans: list[str]  # steps that read every row (or index entry) of the table
    sorts: list[str]  # sorts of the result: the order does not come from an index
    # What the table's index searches are narrowed by; None where the choice between two usable
    # indexes rests on statistics (PostgreSQL), so that judging it would make the test flaky.
    index_conditions: list[str] | None


def _reads(statement: str, table: str) -> bool:
    return re.search(rf'\b(FROM|JOIN)\s+"?{table}"?(\s|$|\))', statement) is not None


async def _sqlite_plan(connection: Any, statement: str, values: list[Any], table: str) -> Plan:
    rows = await connection.execute_query_dict(f"EXPLAIN QUERY PLAN {statement}", values)
    details = [str(row["detail"]) for row in rows]
    return Plan(
        full_scans=[d for d in details if re.match(rf"SCAN {table}\b", d)],
        sorts=[d for d in details if d.startswith("USE TEMP B-TREE FOR ORDER BY")],
        index_conditions=[d for d in details if re.match(rf"SEARCH {table} USING", d)],
    )


def _pg_nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [plan, *(n for child in plan.get("Plans", []) for n in _pg_nodes(child))]


async def _postgres_plan(connection: Any, statement: str, values: list[Any], table: str) -> Plan:
    async with connection.acquire_connection() as raw, raw.transaction():
        # Local to this transaction (the pooled connection keeps its settings): a sequential scan
        # or a sort is then chosen only when no index can do the work, whatever the statistics.
        await raw.execute("SET LOCAL enable_seqscan = off")
        await raw.execute("SET LOCAL enable_sort = off")
        (row,) = await raw.fetch(f"EXPLAIN (FORMAT JSON) {statement}", *values)
    nodes = _pg_nodes(json.loads(row[0])[0]["Plan"])
    on_table = [n for n in nodes if n.get("Relation Name") == table]
    return Plan(
        full_scans=[
            f"{n['Node Type']} on {table} ({n.get('Index Name', 'no index')})"
            for n in on_table
            if n["Node Type"] == "Seq Scan" or ("Index" in n["Node Type"] and "Index Cond" not in n)
        ],
        sorts=[f"Sort by {n.get('Sort Key')}" for n in nodes if n["Node Type"] == "Sort"],
        index_conditions=None,
    )


def _problems(listing: Listing, statement: str, plan: Plan) -> list[str]:
    problems = list(plan.full_scans)
    page = "ORDER BY" in statement and "LIMIT" in statement
    if page:
        problems += plan.sorts
    # The page and its total both read only the scope's index range, never the organization's.
    conditions = plan.index_conditions
    narrowed = conditions is None or any(re.search(rf"\b{listing.scope}\b", c) for c in conditions)
    if (page or statement.startswith("SELECT COUNT(*)")) and not narrowed:
        problems.append(
            f"no index narrows {listing.table} by {listing.scope}: {plan.index_conditions}"
        )
    return problems


async def test_every_list_reads_its_table_through_an_index(
    database: Database, workspace: Workspace
) -> None:
    owner = await authenticate(workspace.token)
    colleague = (await workspace.add_member(Role.MEMBER)).user_id
    world = await make_world(Scene(owner, owner, colleague, members=[colleague]))
    executor = create_mcp_endpoint(Settings()).executor
    connection = connections.get(db.connection_name(database.url))
    explain = _postgres_plan if database.kind == "postgres" else _sqlite_plan

    found: list[str] = []
    for listing in LISTS:
        arguments = listing.arguments(world)
        with StatementRecorder(connection) as recorder:
            result = await executor.call(listing.tool, arguments, owner)
        assert not result.is_error, (listing.tool, result.content)
        reading = [(s.sql, s.values) for s in recorder.statements if _reads(s.sql, listing.table)]
        assert reading, f"{listing.tool} read nothing from {listing.table}"
        for statement, values in reading:
            plan = await explain(connection, statement, values, listing.table)
            for problem in _problems(listing, statement, plan):
                found.append(f"{listing.tool}({', '.join(arguments)}): {problem}\n    {statement}")
    assert found == [], "\n".join(found)
