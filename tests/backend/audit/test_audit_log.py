"""What an audit entry holds, that a rollback leaves none, and that the log is append-only."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from tortoise import connections
from tortoise.exceptions import OperationalError, TransactionManagementError
from tortoise.models import Model

from backend.audit import redaction
from backend.audit import service as audit_service
from backend.audit.models import AuditEntry
from backend.core import db
from backend.core.errors import Forbidden, NotFound
from backend.core.interfaces import Interface, via
from backend.core.permissions import Role
from backend.core.unit_of_work import unit_of_work
from backend.milestones import service as milestones_service
from backend.orgs.models import Organization
from backend.projects import service as projects_service
from backend.settings import Settings
from backend.task_recurrences.models import TaskRecurrence
from backend.task_recurrences.scheduler import SCHEDULER_OPERATION, run_due
from backend.tasks import service as tasks_service
from backend.users import service as users_service
from backend.users.authentication import authenticate
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.task_recurrences.support import new_recurrence, utc
from tests.conftest import Workspace, new_workspace
from tests.support import ROOT, Database, GraphQLClient, ServerProcess, SubscriptionClient


async def _latest(workspace: Workspace) -> AuditEntry:
    entry = (
        await AuditEntry.filter(organization_id=workspace.organization_id)
        .order_by("-occurred_at")
        .first()
    )
    assert entry is not None
    return entry


async def test_an_update_records_who_how_what_and_the_changed_fields_before_and_after(
    workspace: Workspace,
) -> None:
    # Given a task, when its owner renames it through a named GraphQL operation
    owner = await authenticate(workspace.token)
    project = await projects_service.create_project(owner, name="Audit")
    task = await tasks_service.create_task(owner, project_id=str(project.id), title="Before")
    with via(Interface.GRAPHQL, operation="RenameTask", request_id="req-1234"):
        await tasks_service.update_task(owner, task_id=str(task.id), title="After")
    # Then one entry names the actor, token, interface, operation, entity, action and request
    entry = await _latest(workspace)
    assert (
        str(entry.actor_id),
        str(entry.token_id),
        entry.token_name,
        entry.interface,
        entry.operation,
        entry.entity_type,
        entry.entity_id,
        entry.action,
        entry.request_id,
    ) == (
        owner.user_id,
        owner.token_id,
        owner.token_name,
        "graphql",
        "RenameTask",
        "task",
        str(task.id),
        "task.updated",
        "req-1234",
    )
    # and only the changed column, with its value before and after
    (change,) = [c for c in entry.changes if c["entity_type"] == "task"]
    assert change == {
        "entity_type": "task",
        "entity_id": str(task.id),
        "action": "updated",
        "before": {"title": "Before"},
        "after": {"title": "After"},
    }


async def test_a_created_row_lists_its_values_and_a_deleted_one_its_last_values(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Gantt")
    milestone = await milestones_service.create_milestone(
        owner, project_id=str(project.id), title="Beta", target_date=date(2030, 1, 1)
    )
    created = await _latest(workspace)
    assert created.action == "milestone.created"
    assert created.changes[0]["after"]["title"] == "Beta"
    assert created.changes[0]["after"]["target_date"] == "2030-01-01"
    assert created.changes[0]["before"] == {}

    await milestones_service.delete_milestone(owner, milestone_id=str(milestone.id))
    deleted = await _latest(workspace)
    assert deleted.action == "milestone.deleted"
    change = next(c for c in deleted.changes if c["entity_type"] == "milestone")
    assert (change["action"], change["before"]["title"], change["after"]) == (
        "deleted",
        "Beta",
        {},
    )


async def test_a_rolled_back_change_leaves_no_entry(workspace: Workspace) -> None:
    owner = workspace.principal()
    before = await AuditEntry.filter(organization_id=workspace.organization_id).count()

    async def failing_change() -> None:
        async with unit_of_work(owner):
            await projects_service.create_project(owner, name="Doomed")
            raise RuntimeError("the change fails after its work")

    with pytest.raises(RuntimeError):
        await failing_change()
    assert await AuditEntry.filter(organization_id=workspace.organization_id).count() == before
    # and a refused change (an expected failure) leaves none either
    with pytest.raises(Forbidden):
        await projects_service.create_project(workspace.principal(Role.MEMBER), name="Nope")
    assert await AuditEntry.filter(organization_id=workspace.organization_id).count() == before


async def test_token_hashes_are_never_written(workspace: Workspace) -> None:
    owner = await authenticate(workspace.token)
    record, plaintext = await users_service.create_token(owner, name="for the log")
    entry = await _latest(workspace)
    change = next(c for c in entry.changes if c["entity_type"] == "personal_access_token")
    assert change["after"]["token_hash"] == redaction.REDACTED
    assert change["after"]["name"] == "for the log"
    written = json.dumps(entry.changes)
    assert record.token_hash not in written and plaintext not in written


@pytest.mark.parametrize(
    ("name", "denied"),
    [
        ("token_hash", True),
        ("secret", True),
        ("secret_hash", True),
        ("webhook_secret", True),
        ("password", True),
        ("invitation_secret", True),
        ("Client_Secret", True),
        ("name", False),
        ("token_id", False),
        ("prefix", False),
    ],
)
def test_the_denylist(name: str, denied: bool) -> None:
    assert redaction.is_denied(name) is denied


def test_every_column_that_looks_secret_is_denied() -> None:
    # Columns added later are caught here: a new secret column must match the denylist.
    models = [
        value
        for module in db.MODEL_MODULES
        for value in vars(importlib.import_module(module)).values()
        if isinstance(value, type) and issubclass(value, Model) and not value._meta.abstract
    ]
    columns = {
        f"{model.__name__}.{field}": field
        for model in models
        for field in model._meta.fields_db_projection
    }
    assert "PersonalAccessToken.token_hash" in columns  # the check sees real columns
    looks_secret = [
        name
        for name, field in columns.items()
        if any(word in field.lower() for word in ("hash", "secret", "password"))
        and not redaction.is_denied(field)
    ]
    assert looks_secret == []


async def _raw(sql: str, database: Database) -> None:
    connection = connections.get(db.connection_name(database.url))
    await connection.execute_query(sql)


async def test_the_log_is_append_only_in_the_database(
    database: Database, workspace: Workspace
) -> None:
    await projects_service.create_project(workspace.principal(), name="Kept")
    entry = await _latest(workspace)
    refused = (OperationalError, TransactionManagementError, Exception)
    # Given an entry, when anything updates or deletes it (ORM or raw SQL), then it is refused
    with pytest.raises(refused, match="append-only"):
        await AuditEntry.filter(id=entry.id).update(action="tampered")
    with pytest.raises(refused, match="append-only"):
        await AuditEntry.filter(id=entry.id).delete()
    with pytest.raises(refused, match="append-only"):
        await _raw(f"UPDATE audit_entries SET actor_id = NULL WHERE id = '{entry.id}'", database)
    with pytest.raises(refused, match="append-only"):
        await _raw(f"DELETE FROM audit_entries WHERE id = '{entry.id}'", database)
    assert (await AuditEntry.get(id=entry.id)).action == entry.action


async def test_deleting_an_organization_takes_its_log_with_it(database: Database) -> None:
    # The one deletion the triggers allow: the organization's own cascade.
    doomed = await new_workspace("Doomed")
    await projects_service.create_project(doomed.principal(), name="Gone")
    assert await AuditEntry.filter(organization_id=doomed.organization_id).exists()
    await Organization.filter(id=doomed.organization_id).delete()
    assert not await AuditEntry.filter(organization_id=doomed.organization_id).exists()


def test_no_tool_changes_the_log() -> None:
    tools = create_mcp_endpoint(Settings()).executor.tools
    assert sorted(name for name in tools if name.startswith("audit_")) == [
        "audit_get",
        "audit_list",
    ]
    assert all(tools[name].tool.annotations.read_only_hint for name in ("audit_get", "audit_list"))
    assert not [name for name in dir(audit_service) if "update" in name or "delete" in name]


async def test_list_filters_newest_first_and_pages(workspace: Workspace) -> None:
    owner = await authenticate(workspace.token)
    project = await projects_service.create_project(owner, name="Filters")
    first = await tasks_service.create_task(owner, project_id=str(project.id), title="One")
    await tasks_service.create_task(owner, project_id=str(project.id), title="Two")
    await tasks_service.update_task(owner, task_id=str(first.id), title="One again")

    about_first = await audit_service.list_entries(owner, entity_id=str(first.id))
    assert [e.action for e in about_first.items] == ["task.updated", "task.created"]
    created = await audit_service.list_entries(owner, action="task.created", limit=1)
    assert (await created.total_count()) == 2 and created.next_cursor is not None
    rest = await audit_service.list_entries(
        owner, action="task.created", cursor=created.next_cursor
    )
    assert [e.entity_id for e in rest.items] == [str(first.id)]
    mine = await audit_service.list_entries(owner, actor_id=owner.user_id, entity_type="project")
    assert [e.entity_id for e in mine.items] == [str(project.id)]
    latest = about_first.items[0]
    later = await audit_service.list_entries(owner, from_=latest.occurred_at)
    assert latest.id in [e.id for e in later.items]
    earlier = await audit_service.list_entries(
        owner, to=latest.occurred_at - timedelta(microseconds=1), entity_id=str(first.id)
    )
    assert [e.action for e in earlier.items] == ["task.created"]
    assert (await audit_service.get_entry(owner, entry_id=str(latest.id))).id == latest.id


async def test_reading_needs_view_audit_and_stays_in_the_organization(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    await projects_service.create_project(workspace.principal(), name="Private log")
    entry = await _latest(workspace)
    with pytest.raises(Forbidden, match="view_audit"):
        await audit_service.list_entries(workspace.principal(Role.MANAGER))
    with pytest.raises(NotFound):
        await audit_service.get_entry(other_workspace.principal(), entry_id=str(entry.id))
    with pytest.raises(NotFound):
        await audit_service.list_entries(other_workspace.principal(), actor_id=workspace.user_id)


async def test_the_scheduler_writes_entries_naming_itself(workspace: Workspace) -> None:
    await TaskRecurrence.all().update(next_run_at=None)  # only this test's rule is due
    project = await projects_service.create_project(workspace.principal(), name="Chores")
    await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
    assert await run_due(utc(2030, 1, 1, 9)) == 1
    entry = await _latest(workspace)
    assert (entry.interface, entry.operation, entry.action, str(entry.actor_id)) == (
        "scheduler",
        SCHEDULER_OPERATION,
        "task.created",
        workspace.user_id,
    )


async def test_a_websocket_mutation_is_recorded_as_graphql_ws(
    server: ServerProcess, workspace: Workspace
) -> None:
    client = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await client.subscribe(
            'mutation CreateOverSocket { projectsCreate(name: "Socket") { result { id } } }'
        )
        message = await client.next_message(timeout=15)
        assert message["type"] == "next", message
        project_id = message["payload"]["data"]["projectsCreate"]["result"]["id"]
    finally:
        await client.close()
    entry = await AuditEntry.get(organization_id=workspace.organization_id, entity_id=project_id)
    assert (entry.interface, entry.operation, entry.action) == (
        "graphql_ws",
        "CreateOverSocket",
        "project.created",
    )


async def test_graphql_reads_the_log_with_changed_fields(
    api: GraphQLClient, workspace: Workspace
) -> None:
    await projects_service.create_project(workspace.principal(), name="Shown")
    data = await api.data(
        workspace.token,
        'query { auditList(entityType: "project", limit: 1) { items { action interface '
        "changes { entityType action fields { name before after } } } totalCount } }",
    )
    (item,) = data["auditList"]["items"]
    assert (item["action"], item["interface"]) == ("project.created", "internal")
    fields = {f["name"]: f for f in item["changes"][0]["fields"]}
    assert fields["name"] == {"name": "name", "before": None, "after": '"Shown"'}


def test_the_cli_records_its_changes_as_cli(tmp_path: Path) -> None:
    database = tmp_path / "cli.sqlite3"

    def trcr(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "trcr.cli", "--database-url", f"sqlite://{database}"]
        return subprocess.run(
            [*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
        )

    made = trcr("init", "--org-name", "Cli Co", "--email", "cli@example.com", "--json")
    assert made.returncode == 0, made.stderr
    issued = trcr("tokens", "create", "--email", "cli@example.com", "--org", "cli-co", "--json")
    assert issued.returncode == 0, issued.stderr
    import sqlite3

    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT interface, operation, action, entity_id FROM audit_entries"
        ).fetchall()
    assert rows == [
        ("cli", "tokens create", "token.created", json.loads(issued.stdout)["token_id"])
    ]
