"""Ids over the whole MCP catalog: what an id of a private Space tells an outsider, and `""`.

Generated from the catalog like the tenancy table, so a tool added later is covered:
- an id of a Space-owned row (status, group, milestone, task, comment, item, recurrence, entry…)
  of a private Space the caller is not a member of gets exactly the error a random UUID gets,
  once the id itself is blanked out: same code, field, reason and message, so the caller learns
  neither that the row exists nor its name;
- `""` in any id argument, optional or not, is INVALID ("… is empty: omit it or give an id"),
  never "omitted" by one tool and NOT_FOUND by another.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mcp_types
import pytest

from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.task_statuses.models import TaskStatus
from backend.users.authentication import authenticate
from tests.backend.support import create_project
from tests.backend.test_tenancy_catalog import EXECUTOR, TOOLS_WITH_IDS, _codes, _id_arguments
from tests.backend.world import ID_TARGETS, Scene, World, arguments_for, make_world, unique
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess

# Kinds of object that live in a Space (labels, users and tokens belong to the organization).
SPACE_OWNED = {
    "project",
    "task",
    "other_task",
    "status",
    "other_status",
    "group",
    "other_group",
    "milestone",
    "comment",
    "item",
    "recurrence",
    "entry",
    "channel",
    "message",
}

SPACE_CASES = [
    (tool, argument)
    for tool in TOOLS_WITH_IDS
    for argument in _id_arguments(tool)
    if ID_TARGETS.get(argument) in SPACE_OWNED
]
EMPTY_CASES = [(tool, argument) for tool in TOOLS_WITH_IDS for argument in _id_arguments(tool)]


def _schema(tool: str) -> dict[str, Any]:
    return EXECUTOR.tools[tool].tool.input_schema


async def _private_world(owner: Principal, colleague: str) -> World:
    """A private Space of the owner and a colleague, with a workflow of its own."""
    world = await make_world(Scene(owner, owner, colleague, private=True))
    statuses = [
        await TaskStatus.create(
            organization_id=owner.organization_id,
            project_id=world.project,
            name=unique("Private"),
            position=position,
        )
        for position in range(2)
    ]
    world.ids |= {"status": str(statuses[0].id), "other_status": str(statuses[1].id)}
    return world


def _with(arguments: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**arguments, name: [value] if name.endswith("_ids") else value}


def _seen(result: mcp_types.CallToolResult, object_id: str) -> str:
    """Everything the caller sees of a result, with the id it passed blanked out."""
    text = " ".join(getattr(block, "text", "") for block in result.content)
    shown = json.dumps([result.is_error, text, result.structured_content], sort_keys=True)
    return shown.replace(object_id, "<id>")


@pytest.mark.parametrize(("tool", "argument"), SPACE_CASES, ids=[":".join(c) for c in SPACE_CASES])
async def test_a_private_spaces_id_is_refused_like_a_random_one(
    database: Database, workspace: Workspace, tool: str, argument: str
) -> None:
    owner = await authenticate(workspace.token)
    colleague = (await workspace.add_member(Role.MEMBER)).user_id
    private = await _private_world(owner, colleague)
    outsider_workspace = await workspace.add_member(Role.MANAGER)
    outsider = await authenticate(outsider_workspace.token)
    # The outsider's own objects, in an open Space, fill the other arguments.
    own = await make_world(Scene(owner, outsider, colleague, members=[outsider.user_id]))
    arguments = arguments_for(tool, _schema(tool), own)
    hidden, random = private.ids[ID_TARGETS[argument]], str(uuid.uuid4())

    for_hidden = await EXECUTOR.call(tool, _with(arguments, argument, hidden), outsider)
    for_random = await EXECUTOR.call(tool, _with(arguments, argument, random), outsider)

    assert for_random.is_error, _seen(for_random, random)
    assert _seen(for_hidden, hidden) == _seen(for_random, random)


@pytest.mark.parametrize(("tool", "argument"), EMPTY_CASES, ids=[":".join(c) for c in EMPTY_CASES])
async def test_an_empty_id_is_invalid_in_every_id_argument(
    database: Database, workspace: Workspace, tool: str, argument: str
) -> None:
    owner = await authenticate(workspace.token)
    colleague = (await workspace.add_member(Role.MEMBER)).user_id
    own = await make_world(Scene(owner, owner, colleague))
    arguments = _with(arguments_for(tool, _schema(tool), own), argument, "")

    result = await EXECUTOR.call(tool, arguments, owner)

    text = " ".join(getattr(block, "text", "") for block in result.content)
    assert result.is_error and _codes(result) == ["INVALID"], text
    assert "is empty: omit it or give an id" in text


PRIVATE_SPACE_PROBES = """
mutation($space: ID!, $own: ID!, $status: ID!, $group: ID!) {
  byStatus: tasksCreate(projectId: $own, title: "x", statusId: $status) {
    errors { code field message reason }
  }
  byGroup: taskGroupsReorder(projectId: $space, groupIds: [$group]) {
    errors { code field message reason }
  }
}"""

SETUP = """
mutation($space: ID!) {
  taskStatusesCreate(projectId: $space, name: "Secret launch") { result { id } errors { code } }
  taskGroupsCreate(projectId: $space, name: "Hidden") { result { id } errors { code } }
}"""


@pytest.fixture
def server(database: Database, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess(database.url)
    process.start(Path(tmp_path_factory.mktemp("ids")))
    try:
        yield process
    finally:
        process.stop()


async def test_over_http_an_outsider_learns_nothing_of_a_private_spaces_statuses_and_groups(
    server: ServerProcess, workspace: Workspace
) -> None:
    """The finding as it was made: a member outside a private Space, through /graphql."""
    outsider = await workspace.add_member(Role.MANAGER)
    api = GraphQLClient(server.base_url)
    try:
        secret = await create_project(api, workspace.token, "Secret", visibility="PRIVATE")
        made = await api.data(workspace.token, SETUP, {"space": secret["id"]})
        own = await create_project(api, outsider.token, "Own")
        status, group = (
            made[f]["result"]["id"] for f in ("taskStatusesCreate", "taskGroupsCreate")
        )

        def probe(status_id: str, group_id: str) -> dict[str, Any]:
            return {"space": own["id"], "own": own["id"], "status": status_id, "group": group_id}

        hidden = await api.data(outsider.token, PRIVATE_SPACE_PROBES, probe(status, group))
        random = [str(uuid.uuid4()), str(uuid.uuid4())]
        unknown = await api.data(outsider.token, PRIVATE_SPACE_PROBES, probe(*random))
    finally:
        await api.close()

    assert "Secret launch" not in json.dumps(hidden)
    shown = json.dumps(hidden).replace(status, "<id>").replace(group, "<id>")
    assert shown == json.dumps(unknown).replace(random[0], "<id>").replace(random[1], "<id>")
    assert [e["code"] for e in unknown["byStatus"]["errors"]] == ["NOT_FOUND"]
