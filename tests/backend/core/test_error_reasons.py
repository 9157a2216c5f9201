"""Errors carry a machine-readable reason beside the code: in payloads, top-level errors and tools."""

from __future__ import annotations

import pytest
from graphql import GraphQLError

from backend.core.errors import Conflict, NotFound, ServiceError
from backend.core.graphql_errors import mask_error
from backend.core.graphql_types import UserError
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks_dependencies import service as dependencies
from tests.conftest import Workspace
from tests.mcp_adapter.support import MODES, mcp_client
from tests.support import GraphQLClient, ServerProcess


def test_the_reason_defaults_to_the_code_and_a_raise_site_can_name_a_finer_one() -> None:
    assert NotFound("gone").reason == "NOT_FOUND"
    assert Conflict("taken", field="name", reason="NAME_TAKEN").reason == "NAME_TAKEN"
    assert ServiceError("bad").reason == "INVALID"


def test_payload_errors_and_top_level_errors_carry_the_reason() -> None:
    error = Conflict("taken", field="name", reason="NAME_TAKEN")

    assert UserError.from_service_error(error).reason == "NAME_TAKEN"
    masked = mask_error(GraphQLError("taken", original_error=error))
    assert masked.extensions == {"code": "CONFLICT", "field": "name", "reason": "NAME_TAKEN"}


CREATE = """mutation($n: String!, $c: String) {
  labelsCreate(name: $n, color: $c) { result { id } errors { code field reason } } }"""


async def test_clients_branch_on_the_reason_without_reading_the_message(
    api: GraphQLClient, workspace: Workspace
) -> None:
    await api.data(workspace.token, CREATE, {"n": "Bug"})

    clash = await api.data(workspace.token, CREATE, {"n": "BUG"})
    bad_color = await api.data(workspace.token, CREATE, {"n": "Ops", "c": "red"})

    assert clash["labelsCreate"]["errors"] == [
        {"code": "CONFLICT", "field": "name", "reason": "NAME_TAKEN"}
    ]
    assert bad_color["labelsCreate"]["errors"] == [
        {"code": "INVALID", "field": "color", "reason": "COLOR_FORMAT"}
    ]


async def test_a_refused_tool_call_carries_the_reason_in_its_structured_errors(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, MODES[-1]) as client:
        await client.call_tool("labels_create", {"name": "Bug"})
        refused = await client.call_tool("labels_create", {"name": "bug"})

    assert refused.is_error
    assert isinstance(refused.structured_content, dict)
    (error,) = refused.structured_content["errors"]
    assert (error["code"], error["field"], error["reason"]) == ("CONFLICT", "name", "NAME_TAKEN")


async def test_a_dependency_cycle_and_an_archived_space_have_their_own_reasons(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Web", key="WEB")
    a, b = [
        await tasks_service.create_task(owner, project_id=str(project.id), title=t) for t in "ab"
    ]
    await dependencies.add_dependency(owner, task_id=str(a.id), depends_on_task_id=str(b.id))

    with pytest.raises(Conflict) as cycle:
        await dependencies.add_dependency(owner, task_id=str(b.id), depends_on_task_id=str(a.id))
    await projects_service.set_archived(owner, project_id=str(project.id), archived=True)
    with pytest.raises(Conflict) as archived:
        await tasks_service.update_task(owner, task_id=str(a.id), title="c")

    assert (cycle.value.reason, archived.value.reason) == ("DEPENDENCY_CYCLE", "PROJECT_ARCHIVED")
