"""Tenant isolation over the whole MCP catalog: another organization's ids are not found.

Two kinds of case, one test. Generated: every tool that takes an id is called with another
organization's ids in every id argument (other arguments get valid values derived from the tool's
input schema), so a tool added later is covered without a line here. Written: mixed cases, where
the caller's own objects sit beside one foreign id (own task, foreign label), keys instead of ids,
and nested relations (a foreign project's members, a foreign task's comments and checklist).
Each call must answer exactly one NOT_FOUND, and the other organization's rows (followed through
foreign keys: task → project, comment → task) must be exactly as before.

A new domain adds its `make_<domain>` to tests/backend/world.py and names its id arguments in
ID_TARGETS there (a test fails until it does); its generated cases then exist, and only mixed
cases worth writing go to WRITTEN.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import mcp_types
import pytest
from graphql import print_ast

from backend.settings import Settings
from backend.users.authentication import authenticate
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.world import ID_TARGETS, World, arguments_for, organization_rows, world_of
from tests.conftest import Workspace
from tests.support import Database

EXECUTOR = create_mcp_endpoint(Settings()).executor


def _id_arguments(tool: str) -> list[str]:
    """The tool's arguments of GraphQL type ID or [ID] (by type, whatever their names)."""
    definitions = EXECUTOR.tools[tool].operation.definition.variable_definitions or ()
    return [
        definition.variable.name.value
        for definition in definitions
        if re.fullmatch(r"\[?ID!?\]?!?", print_ast(definition.type))
    ]


TOOLS_WITH_IDS = sorted(name for name in EXECUTOR.tools if _id_arguments(name))

Arguments = Callable[[World, World], dict[str, Any]]

# Cases the generated ones do not make: a foreign id beside the caller's own objects, one argument
# at a time, and keys instead of ids. (case, tool, arguments from the foreign world `f` and the
# caller's own world `o`)
WRITTEN: list[tuple[str, str, Arguments]] = [
    # projects, tasks, time, users, members
    (
        "projectsMembersAdd",
        "projects_members_add",
        lambda f, o: {"project_id": f.project, "user_id": o.owner},
    ),
    (
        "projectsMembersAdd(user)",
        "projects_members_add",
        lambda f, o: {"project_id": o.project, "user_id": f.colleague},
    ),
    (
        "projectsMembersRemove",
        "projects_members_remove",
        lambda f, o: {"project_id": f.project, "user_id": f.owner},
    ),
    ("tasksGet(key)", "tasks_get", lambda f, o: {"task_id": f.task_key}),
    ("tasksList(project)", "tasks_list", lambda f, o: {"project_id": f.project}),
    ("tasksList(status)", "tasks_list", lambda f, o: {"status_id": f.status}),
    ("tasksCreate", "tasks_create", lambda f, o: {"project_id": f.project, "title": "x"}),
    (
        "tasksCreate(status)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "status_id": f.status},
    ),
    (
        "tasksCreate(assignee)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "assignee_ids": [f.colleague]},
    ),
    ("tasksUpdate", "tasks_update", lambda f, o: {"task_id": f.task, "title": "x"}),
    ("tasksAssign", "tasks_assign", lambda f, o: {"task_id": f.task, "user_id": o.owner}),
    ("tasksAssign(user)", "tasks_assign", lambda f, o: {"task_id": o.task, "user_id": f.colleague}),
    ("tasksSetStatus", "tasks_set_status", lambda f, o: {"task_id": f.task, "status_id": o.status}),
    (
        "tasksSetStatus(status)",
        "tasks_set_status",
        lambda f, o: {"task_id": o.task, "status_id": f.status},
    ),
    ("tasksList(assignee)", "tasks_list", lambda f, o: {"assignee_id": f.colleague}),
    ("timeStartTimer(task)", "time_start_timer", lambda f, o: {"task_id": f.task}),
    ("timeStartTimer(project)", "time_start_timer", lambda f, o: {"project_id": f.project}),
    ("timeEntriesList(project)", "time_entries_list", lambda f, o: {"project_id": f.project}),
    (
        "timeEntriesCreate",
        "time_entries_create",
        lambda f, o: {
            "started_at": "2026-11-02T10:00:00Z",
            "duration_minutes": 5,
            "task_id": f.task,
        },
    ),
    (
        "timeEntriesUpdate",
        "time_entries_update",
        lambda f, o: {"entry_id": f.entry, "description": "x"},
    ),
    # task_groups
    (
        "taskGroupsReorder(groups)",
        "task_groups_reorder",
        lambda f, o: {"project_id": o.project, "group_ids": [o.group, f.group]},
    ),
    ("taskGroupsDelete", "task_groups_delete", lambda f, o: {"group_id": f.group}),
    (
        "taskGroupsDelete(target)",
        "task_groups_delete",
        lambda f, o: {"group_id": o.group, "move_tasks_to_group_id": f.group},
    ),
    # task_recurrences
    (
        "taskRecurrencesCreate(project)",
        "task_recurrences_create",
        lambda f, o: {
            "project_id": f.project,
            "title": "x",
            "rule": {"frequency": "DAILY"},
            "starts_on": "2031-01-01",
        },
    ),
    (
        "taskRecurrencesCreate(template)",
        "task_recurrences_create",
        lambda f, o: {
            "template_task_id": f.task,
            "rule": {"frequency": "DAILY"},
            "starts_on": "2031-01-01",
        },
    ),
    (
        "taskRecurrencesCreate(template key)",
        "task_recurrences_create",
        lambda f, o: {
            "template_task_id": f.task_key,
            "rule": {"frequency": "DAILY"},
            "starts_on": "2031-01-01",
        },
    ),
    # task_statuses
    (
        "taskStatusesCreate(project)",
        "task_statuses_create",
        lambda f, o: {"name": "x", "project_id": f.project},
    ),
    (
        "taskStatusesCreate(target)",
        "task_statuses_create",
        lambda f, o: {
            "name": "x",
            "auto_advance_on": "TIMER_STARTED",
            "auto_advance_to_status_id": f.status,
        },
    ),
    (
        "taskStatusesUpdate",
        "task_statuses_update",
        lambda f, o: {"status_id": f.status, "name": "x"},
    ),
    (
        "taskStatusesUpdate(target)",
        "task_statuses_update",
        lambda f, o: {
            "status_id": o.status,
            "auto_advance_on": "TIMER_STARTED",
            "auto_advance_to_status_id": f.status,
        },
    ),
    ("taskStatusesReorder", "task_statuses_reorder", lambda f, o: {"status_ids": [f.status]}),
    (
        "taskStatusesDelete",
        "task_statuses_delete",
        lambda f, o: {"status_id": f.status, "replacement_status_id": o.status},
    ),
    (
        "taskStatusesDelete(replacement)",
        "task_statuses_delete",
        lambda f, o: {"status_id": o.status, "replacement_status_id": f.status},
    ),
    # tasks
    (
        "tasksCreate(group)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "group_id": f.group},
    ),
    (
        "tasksCreate(labels)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "label_ids": [f.label]},
    ),
    (
        "tasksCreate(milestone)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "milestone_id": f.milestone},
    ),
    (
        "tasksCreate(parent)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "parent_task_id": f.task},
    ),
    (
        "tasksCreate(parent key)",
        "tasks_create",
        lambda f, o: {"project_id": o.project, "title": "x", "parent_task_id": f.task_key},
    ),
    (
        "tasksUpdate(milestone)",
        "tasks_update",
        lambda f, o: {"task_id": o.task, "milestone_id": f.milestone},
    ),
    (
        "tasksUpdate(parent)",
        "tasks_update",
        lambda f, o: {"task_id": o.task, "parent_task_id": f.task},
    ),
    ("tasksList(label)", "tasks_list", lambda f, o: {"label_id": f.label}),
    ("tasksList(group)", "tasks_list", lambda f, o: {"group_id": f.group}),
    ("tasksList(milestone)", "tasks_list", lambda f, o: {"milestone_id": f.milestone}),
    ("tasksList(parent)", "tasks_list", lambda f, o: {"parent_task_id": f.task}),
    (
        "tasksLabelsAdd(label)",
        "tasks_labels_add",
        lambda f, o: {"task_id": o.task, "label_id": f.label},
    ),
    (
        "tasksLabelsRemove(label)",
        "tasks_labels_remove",
        lambda f, o: {"task_id": o.task, "label_id": f.label},
    ),
    ("tasksMove", "tasks_move", lambda f, o: {"task_id": f.task, "group_id": None}),
    ("tasksMove(group)", "tasks_move", lambda f, o: {"task_id": o.task, "group_id": f.group}),
    ("tasksReorder", "tasks_reorder", lambda f, o: {"group_id": f.group, "task_ids": []}),
    ("tasksReorder(tasks)", "tasks_reorder", lambda f, o: {"group_id": None, "task_ids": [f.task]}),
    (
        "tasksReorder(tasks key)",
        "tasks_reorder",
        lambda f, o: {"group_id": None, "task_ids": [o.task, f.task_key]},
    ),
    # tasks_checklist
    (
        "tasksChecklistReorder(items)",
        "tasks_checklist_reorder",
        lambda f, o: {"task_id": o.task, "item_ids": [f.item]},
    ),
    # tasks_dependencies
    (
        "tasksDependenciesAdd",
        "tasks_dependencies_add",
        lambda f, o: {"task_id": f.task, "depends_on_task_id": o.task},
    ),
    (
        "tasksDependenciesAdd(depends_on)",
        "tasks_dependencies_add",
        lambda f, o: {"task_id": o.task, "depends_on_task_id": f.other_task},
    ),
    (
        "tasksDependenciesRemove(depends_on)",
        "tasks_dependencies_remove",
        lambda f, o: {"task_id": o.task, "depends_on_task_id": f.other_task},
    ),
]


def _generated(tool: str) -> Arguments:
    return lambda f, o: arguments_for(tool, EXECUTOR.tools[tool].tool.input_schema, f)


CASES = [(tool, tool, _generated(tool)) for tool in TOOLS_WITH_IDS] + [
    (f"{tool}[{case}]", tool, arguments) for case, tool, arguments in WRITTEN
]


def _codes(result: mcp_types.CallToolResult) -> list[str]:
    """The error codes of a tool result: its payload's errors, or the top-level ones in its text."""
    payload = result.structured_content or {}
    if payload.get("errors"):
        return [error["code"] for error in payload["errors"]]
    text = " ".join(getattr(block, "text", "") for block in result.content)
    return re.findall(r"\b(NOT_FOUND|FORBIDDEN|INVALID|CONFLICT|UNAUTHENTICATED|INTERNAL): ", text)


async def test_catalog_has_tools_with_ids() -> None:
    assert len(TOOLS_WITH_IDS) > 50
    unmapped = {name for tool in TOOLS_WITH_IDS for name in _id_arguments(tool)} - set(ID_TARGETS)
    assert unmapped == set(), (
        "map these id arguments to a kind of object in ID_TARGETS (tests/backend/world.py)"
    )


def test_written_cases_call_catalog_tools_with_their_arguments() -> None:
    for case, tool, _ in WRITTEN:
        assert tool in EXECUTOR.tools, case


def _root_field(tool: str) -> str:
    selection = EXECUTOR.tools[tool].operation.definition.selection_set.selections[0]
    return selection.name.value  # type: ignore[attr-defined, no-any-return]


def test_every_root_field_that_takes_an_id_is_covered() -> None:
    """GraphQL fields reached by no tool would escape the table: each must have a tool and a case."""
    from backend.schema import schema

    with_ids = set()
    for root in ("Query", "Mutation"):
        graphql_type = schema._schema.get_type(root)
        for field_name, field in graphql_type.fields.items():  # type: ignore[union-attr]
            if any("ID" in str(arg.type) for arg in field.args.values()):
                with_ids.add(field_name)
    covered = {_root_field(tool) for _, tool, _ in CASES}
    assert with_ids - covered == set()


@pytest.mark.parametrize(("case", "tool", "arguments"), CASES, ids=[c[0] for c in CASES])
async def test_another_organizations_ids_are_not_found_and_nothing_is_written(
    database: Database,
    workspace: Workspace,
    other_workspace: Workspace,
    case: str,
    tool: str,
    arguments: Arguments,
) -> None:
    foreign = await world_of(other_workspace)
    own = await world_of(workspace)
    before = await organization_rows(other_workspace.organization_id)

    result = await EXECUTOR.call(tool, arguments(foreign, own), await authenticate(workspace.token))

    text = " ".join(getattr(block, "text", "") for block in result.content)
    assert result.is_error and _codes(result) == ["NOT_FOUND"], (case, text)
    assert await organization_rows(other_workspace.organization_id) == before
