"""Every input is bounded and every response has a budget, over /graphql and /mcp of a real server.

The bounds are declared once, beside each service parameter; the root-field factory refuses a
longer value with INVALID before the service runs (its message differs from the service's own
"1 to N characters"), and /mcp refuses it by the tool's maxLength / maxItems.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.backend.support import TASKS_CREATE, create_project
from tests.conftest import Database, Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient

TASK_COUNT = """query($projectId: ID) { tasksList(projectId: $projectId) { totalCount } }"""
GROUPS_REORDER = """
mutation($projectId: ID!, $ids: [ID!]!) {
  taskGroupsReorder(projectId: $projectId, groupIds: $ids) { errors { code field message } }
}"""
RECURRENCE = """
mutation($projectId: ID, $weekdays: [Weekday!]) {
  taskRecurrencesCreate(
    projectId: $projectId, title: "Standup", startsOn: "2030-01-07",
    rule: {frequency: WEEKLY, weekdays: $weekdays}
  ) { errors { code field message } }
}"""
CREATE = """
mutation($projectId: ID!, $title: String!, $description: String) {
  tasksCreate(projectId: $projectId, title: $title, description: $description) {
    errors { code field message }
  }
}"""
SEARCH = """query($query: String) { tasksList(query: $query) { totalCount } }"""


async def _task_count(api: GraphQLClient, token: str, project_id: str) -> int:
    data = await api.data(token, TASK_COUNT, {"projectId": project_id})
    count: int = data["tasksList"]["totalCount"]
    return count


async def test_graphql_refuses_over_long_text_and_over_long_lists_with_invalid_naming_them(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, key="BND")
    token, space_id = workspace.token, space["id"]

    title = await api.data(token, TASKS_CREATE, {"projectId": space_id, "title": "x" * 501})
    description = await api.data(
        token, CREATE, {"projectId": space_id, "title": "ok", "description": "d" * 100_001}
    )
    groups = await api.data(token, GROUPS_REORDER, {"projectId": space_id, "ids": ["g"] * 1001})
    weekdays = await api.data(
        token, RECURRENCE, {"projectId": space_id, "weekdays": ["MO", "TU"] * 4}
    )
    search = await api.execute(token, SEARCH, {"query": "q" * 501})

    assert title["tasksCreate"]["errors"] == [
        {
            "code": "INVALID",
            "field": "title",
            "message": "title is at most 500 characters; got 501.",
        }
    ]
    assert description["tasksCreate"]["errors"][0]["message"] == (
        "description is at most 100000 characters; got 100001."
    )
    assert groups["taskGroupsReorder"]["errors"] == [
        {
            "code": "INVALID",
            "field": "group_ids",
            "message": "group_ids is at most 1000 items; got 1001.",
        }
    ]
    assert weekdays["taskRecurrencesCreate"]["errors"] == [
        {
            "code": "INVALID",
            "field": "rule.weekdays",
            "message": "rule.weekdays is at most 7 items; got 8.",
        }
    ]
    [error] = search["errors"]
    assert error["message"] == "query is at most 500 characters; got 501."
    assert error["extensions"]["code"] == "INVALID"
    assert await _task_count(api, token, space_id) == 0


async def test_graphql_accepts_values_at_the_limit(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, key="LIM")

    created = await api.data(
        workspace.token, TASKS_CREATE, {"projectId": space["id"], "title": "x" * 500}
    )

    assert created["tasksCreate"]["errors"] == []


async def test_mcp_refuses_over_long_text_and_lists_by_the_tools_schema(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "2026-07-28") as client:
        space = structured(
            await client.call_tool("projects_create", {"name": "Bounds", "key": "MCB"})
        )
        space_id = space["result"]["id"]
        title = await client.call_tool("tasks_create", {"project_id": space_id, "title": "x" * 501})
        ids = await client.call_tool(
            "task_groups_reorder", {"project_id": space_id, "group_ids": ["g"] * 1001}
        )
        listed = structured(await client.call_tool("tasks_list", {"project_id": space_id}))

    assert title.is_error
    assert "Argument 'title' is at most 500 characters; got 501." in text(title)
    assert ids.is_error
    assert "Argument 'group_ids' is at most 1000 items; got 1001." in text(ids)
    assert listed["total_count"] == 0


# A budget small enough that a handful of long descriptions exceeds it.
BUDGET = 50_000
TASKS_LIST = """
query($projectId: ID) { tasksList(projectId: $projectId, limit: 100) { items { id description } } }
"""


@pytest.fixture(scope="module")
def budget_server(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(database_url=database.url, env={"TRCR_MAX_RESPONSE_BYTES": str(BUDGET)})
    process.start(Path(tmp_path_factory.mktemp("logs")))
    try:
        yield process
    finally:
        process.stop()


async def _space_with_long_tasks(api: GraphQLClient, token: str, key: str) -> str:
    space = await create_project(api, token, key=key)
    for n in range(6):
        created = await api.data(
            token,
            CREATE,
            {"projectId": space["id"], "title": f"t{n}", "description": "d" * 10_000},
        )
        assert created["tasksCreate"]["errors"] == []
    space_id: str = space["id"]
    return space_id


def _over_budget(body: dict[str, Any]) -> str:
    assert body["data"] is None, str(body)[:300]
    [error] = body["errors"]
    assert error["extensions"] == {"code": "INVALID", "reason": "RESPONSE_TOO_LARGE"}
    message: str = error["message"]
    return message


async def test_a_response_over_budget_is_an_error_on_http_websocket_and_mcp(
    budget_server: ServerProcess, workspace: Workspace
) -> None:
    api = GraphQLClient(budget_server.base_url)
    try:
        space_id = await _space_with_long_tasks(api, workspace.token, "BIG")
        http = await api.execute(workspace.token, TASKS_LIST, {"projectId": space_id})
        small = await api.data(workspace.token, TASK_COUNT, {"projectId": space_id})
    finally:
        await api.close()
    socket = await SubscriptionClient.open(budget_server.base_url, token=workspace.token)
    try:
        await socket.subscribe(TASKS_LIST, {"projectId": space_id})
        message = await socket.next_message()
    finally:
        await socket.close()
    async with mcp_client(budget_server.base_url, workspace.token, "2026-07-28") as client:
        tool = await client.call_tool("tasks_list", {"project_id": space_id, "limit": 100})
        # Text and structuredContent together: 3 tasks of 10,000 characters fit once, not twice.
        few = await client.call_tool("tasks_list", {"project_id": space_id, "limit": 3})

    assert _over_budget(http).startswith("The response would be ")
    assert f"over the {BUDGET}-byte budget; ask for fewer items" in _over_budget(http)
    assert small["tasksList"]["totalCount"] == 6
    assert message["type"] == "next"
    assert "budget" in _over_budget(message["payload"])
    assert tool.is_error and few.is_error
    assert "tasks_list failed: INVALID: The response would be" in text(tool)
    assert f"over the {BUDGET}-byte budget" in text(few)
    size = int(text(few).split("would be ")[1].split(" bytes")[0])
    assert BUDGET < size < 2.2 * 30_000 + 10_000  # both blocks counted, nothing else


async def test_within_budget_the_tool_result_keeps_its_text_and_structured_twins(
    budget_server: ServerProcess, workspace: Workspace
) -> None:
    api = GraphQLClient(budget_server.base_url)
    try:
        space_id = await _space_with_long_tasks(api, workspace.token, "FIT")
    finally:
        await api.close()
    async with mcp_client(budget_server.base_url, workspace.token, "2026-07-28") as client:
        two = await client.call_tool("tasks_list", {"project_id": space_id, "limit": 2})

    assert len(structured(two)["items"]) == 2
    assert json.loads(text(two)) == two.structured_content
