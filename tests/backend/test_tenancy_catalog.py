"""Tenant isolation generated from the MCP catalog.

Every tool that takes an id is called with ids of another organization's objects in every id
argument (other arguments get valid values derived from the tool's input schema). Each call must
answer NOT_FOUND, and the other organization's rows must be exactly as before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from backend.core import tokens
from backend.core.permissions import Role
from backend.settings import Settings
from backend.task_groups.models import TaskGroup
from backend.task_statuses.models import TaskStatus
from backend.time.models import TimeEntry
from backend.users.authentication import authenticate
from backend.users.models import PersonalAccessToken
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.test_permissions import _world
from tests.backend.test_tenancy import _other_org_rows
from tests.conftest import Workspace
from tests.support import Database

EXECUTOR = create_mcp_endpoint(Settings()).executor


def _id_arguments(schema: dict[str, Any]) -> list[str]:
    return [name for name in schema.get("properties", {}) if name.endswith(("_id", "_ids"))]


TOOLS_WITH_IDS = sorted(
    name for name, spec in EXECUTOR.tools.items() if _id_arguments(spec.tool.input_schema)
)

# Which foreign object each id argument names.
TARGETS = {
    "project_id": "project",
    "task_id": "task",
    "task_ids": "task",
    "template_task_id": "task",
    "depends_on_task_id": "other_task",
    "parent_task_id": "other_task",
    "user_id": "colleague",
    "assignee_id": "colleague",
    "assignee_ids": "colleague",
    "status_id": "status",
    "status_ids": "status",
    "replacement_status_id": "other_status",
    "auto_advance_to_status_id": "other_status",
    "group_id": "group",
    "group_ids": "group",
    "move_tasks_to_group_id": "other_group",
    "label_id": "label",
    "label_ids": "label",
    "milestone_id": "milestone",
    "comment_id": "comment",
    "item_id": "item",
    "item_ids": "item",
    "recurrence_id": "recurrence",
    "entry_id": "entry",
    "token_id": "token",
}


# Arguments a schema cannot tell are needed (one of several optional ones).
EXTRA: dict[str, dict[str, Any]] = {"time_entries_create": {"duration_minutes": 30}}


def _filler(schema: dict[str, Any]) -> Any:
    """A valid value for a non-id argument, from its JSON Schema."""
    kinds = schema.get("type", "string")
    kind = next(k for k in kinds if k != "null") if isinstance(kinds, list) else kinds
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    if kind == "object":
        return {key: _filler(schema["properties"][key]) for key in schema.get("required", [])}
    if kind == "array":
        return [_filler(schema["items"])]
    if kind == "integer":
        return 1
    if kind == "boolean":
        return False
    if schema.get("format") == "date":
        return "2026-12-01"
    if schema.get("format") == "date-time":
        return "2026-12-01T09:00:00Z"
    if "pattern" in schema:  # Decimal
        return "1"
    return "Text"


def arguments_for(tool: str, ids: dict[str, str]) -> dict[str, Any]:
    """Every id argument set from `ids`, every other required argument a valid value."""
    schema = EXECUTOR.tools[tool].tool.input_schema
    arguments: dict[str, Any] = dict(EXTRA.get(tool, {}))
    for name, property_schema in schema["properties"].items():
        if name in TARGETS:
            value = ids[TARGETS[name]]
            arguments[name] = [value] if name.endswith("_ids") else value
        elif name in schema.get("required", []):
            arguments[name] = _filler(property_schema)
    return arguments


async def workspace_ids(other: Workspace) -> dict[str, str]:
    """Ids of one of each kind of object, made in this workspace (named for TARGETS)."""
    owner = await authenticate(other.token)
    colleague = (await other.add_member(Role.MEMBER)).user_id
    world = await _world(owner, owner, False, [], colleague)
    other_status = await TaskStatus.create(
        organization_id=other.organization_id, name="Other", position=99
    )
    other_group = await TaskGroup.create(
        organization_id=other.organization_id, project_id=world.project, name="Later", position=1
    )
    started = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
    entry = await TimeEntry.create(
        organization_id=other.organization_id,
        user_id=other.user_id,
        project_id=world.project,
        started_at=started,
        ended_at=started + dt.timedelta(hours=1),
    )
    token = await PersonalAccessToken.get(token_hash=tokens.hash_token(other.token))
    return {
        **{
            name: getattr(world, name)
            for name in ("project", "task", "other_task", "group", "label", "milestone")
        },
        **{
            name: getattr(world, name)
            for name in ("status", "comment", "item", "recurrence", "colleague")
        },
        "other_status": str(other_status.id),
        "other_group": str(other_group.id),
        "entry": str(entry.id),
        "token": str(token.id),
    }


async def test_catalog_has_tools_with_ids() -> None:
    assert len(TOOLS_WITH_IDS) > 50
    unmapped = {
        name
        for tool in TOOLS_WITH_IDS
        for name in _id_arguments(EXECUTOR.tools[tool].tool.input_schema)
    } - set(TARGETS)
    assert unmapped == set(), "map these id arguments to a foreign object in TARGETS"


@pytest.mark.parametrize("tool", TOOLS_WITH_IDS)
async def test_another_organizations_ids_are_not_found_and_nothing_is_written(
    database: Database, workspace: Workspace, other_workspace: Workspace, tool: str
) -> None:
    ids = await workspace_ids(other_workspace)
    before = await _other_org_rows(other_workspace.organization_id)

    result = await EXECUTOR.call(
        tool, arguments_for(tool, ids), await authenticate(workspace.token)
    )

    text = " ".join(getattr(block, "text", "") for block in result.content)
    assert result.is_error and "NOT_FOUND" in text, text
    assert await _other_org_rows(other_workspace.organization_id) == before
