"""NUL characters in text are refused the same way on both databases, over /graphql and /mcp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.backend.support import PROJECTS_CREATE, PROJECTS_LIST
from tests.conftest import Database, Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import GraphQLClient, ServerProcess


def _only_error(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("data") is None, body
    [error] = body["errors"]
    assert isinstance(error, dict)
    return error


async def _project_names(api: GraphQLClient, token: str) -> list[str]:
    data = await api.data(token, PROJECTS_LIST)
    return [project["name"] for project in data["projectsList"]["items"]]


async def test_a_nul_in_a_variable_is_invalid_naming_it_and_nothing_is_stored(
    api: GraphQLClient, workspace: Workspace
) -> None:
    body = await api.execute(workspace.token, PROJECTS_CREATE, {"name": "Web\x00Site"})

    error = _only_error(body)
    assert error["extensions"] == {"code": "INVALID", "field": "name"}
    assert "$name" in error["message"] and "NUL" in error["message"]
    assert await _project_names(api, workspace.token) == []


async def test_a_nul_in_a_string_literal_or_nested_input_is_invalid_too(
    api: GraphQLClient, workspace: Workspace
) -> None:
    literal = await api.execute(
        workspace.token,
        'mutation { projectsCreate(name: "Ops\\u0000") { result { id } errors { code } } }',
    )
    in_list = await api.execute(
        workspace.token,
        "query($query: String) { tasksList(query: $query) { totalCount } }",
        {"query": "x"},
    )
    nested = await api.execute(
        workspace.token,
        "mutation($ids: [ID!]!) { tasksReorder(taskIds: $ids) { errors { code } } }",
        {"ids": ["ok", "WEB-1\x00"]},
    )
    error = _only_error(literal)
    assert error["extensions"] == {"code": "INVALID", "field": "name"}
    assert "Argument 'name'" in error["message"]
    assert "errors" not in in_list, in_list
    error = _only_error(nested)
    assert error["extensions"] == {"code": "INVALID", "field": "ids"}
    assert "at 'ids.1'" in error["message"]
    assert await _project_names(api, workspace.token) == []


async def test_mcp_tools_refuse_nul_naming_the_argument(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "2026-07-28") as client:
        project = structured(await client.call_tool("projects_create", {"name": "Web"}))
        project_id = project["result"]["id"]
        title = await client.call_tool("tasks_create", {"project_id": project_id, "title": "a\x00"})
        key = await client.call_tool("tasks_get", {"task_id": "WEB-1\x00"})
        listed = structured(await client.call_tool("tasks_list", {"project_id": project_id}))

    assert title.is_error
    assert "Invalid arguments for tasks_create: Argument 'title'" in text(title)
    assert "NUL" in text(title)
    assert key.is_error
    assert "Argument 'task_id'" in text(key)
    assert "Unexpected error" not in text(key)
    assert listed["total_count"] == 0


@pytest.fixture(scope="module")
def closed_server(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(database_url=database.url, env={"TRCR_INTROSPECTION": "0"})
    process.start(Path(tmp_path_factory.mktemp("logs")))
    try:
        yield process
    finally:
        process.stop()


async def test_without_introspection_errors_make_no_suggestions(
    closed_server: ServerProcess, server: ServerProcess, workspace: Workspace
) -> None:
    typo = "{ whoamii { role } }"
    enum = 'mutation { projectsCreate(name: "x", visibility: OPN) { errors { code } } }'
    variable = 'mutation($v: Visibility!) { projectsCreate(name: "x", visibility: $v) { errors { code } } }'
    closed = GraphQLClient(closed_server.base_url)
    open_ = GraphQLClient(server.base_url)
    try:
        hidden = [
            await closed.execute(workspace.token, typo),
            await closed.execute(workspace.token, enum),
            await closed.execute(workspace.token, variable, {"v": "OPN"}),
        ]
        shown = await open_.execute(workspace.token, typo)
    finally:
        await closed.close()
        await open_.close()

    for body in hidden:
        assert body["errors"], body
        assert all("Did you mean" not in error["message"] for error in body["errors"]), body
    assert "Did you mean 'whoami'?" in shown["errors"][0]["message"]
