"""A tool call equals the same operation on /graphql, reaches subscribers, and never crosses tenants."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from backend.settings import Settings
from mcp_adapter.catalog import Operation, load_catalog
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.world import arguments_for, world_of
from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient


def _operations() -> dict[str, Operation]:
    from backend.schema import schema

    return {op.name: op for op in load_catalog(schema._schema).operations}


async def _graphql_result(
    api: GraphQLClient, token: str, operation: Operation, arguments: dict[str, Any]
) -> dict[str, Any]:
    """The same document POSTed to /graphql, read by the adapter's documented result rule."""
    data = await api.data(token, operation.document_text, arguments)
    if operation.unwrap_root:
        value: dict[str, Any] = data[operation.root_key]
        return value
    return data


async def test_every_read_tool_returns_what_graphql_returns_for_its_document(
    server: ServerProcess, api: GraphQLClient, workspace: Workspace
) -> None:
    operations = _operations()
    tools = create_mcp_endpoint(Settings()).executor.tools
    read_tools = sorted(
        name
        for name, spec in tools.items()
        if spec.tool.annotations and spec.tool.annotations.read_only_hint
    )
    world = await world_of(workspace)
    async with mcp_client(server.base_url, workspace.token, "2026-07-28", "/mcp/x/all") as client:
        await client.call_tool("whoami", {})  # settles the token's last_used_at first
        for name in read_tools:
            arguments = arguments_for(name, tools[name].tool.input_schema, world)
            result = await client.call_tool(name, arguments)
            assert not result.is_error, (name, text(result))
            via_graphql = await _graphql_result(api, workspace.token, operations[name], arguments)
            assert structured(result) == via_graphql, name
    assert (
        len(read_tools) >= 25
    )  # whoami, orgs, members, users, projects, tasks, time, work management


async def test_a_tool_call_reaches_subscribers_of_its_organization_only(
    server: ServerProcess, workspace: Workspace, other_workspace: Workspace
) -> None:
    ours = await SubscriptionClient.open(server.base_url, token=workspace.token)
    theirs = await SubscriptionClient.open(server.base_url, token=other_workspace.token)
    try:
        await ours.subscribe("subscription { events { type entityType entityId } }")
        await theirs.subscribe("subscription { events { type entityType entityId } }")
        async with mcp_client(server.base_url, workspace.token, "legacy") as client:
            project = structured(await client.call_tool("projects_create", {"name": "Live"}))
            task = structured(
                await client.call_tool(
                    "tasks_create", {"project_id": project["result"]["id"], "title": "Live"}
                )
            )["result"]
        seen = [await ours.next_event(), await ours.next_event()]
        assert {"type": "task.created", "entityType": "task", "entityId": task["id"]} in seen
        await theirs.assert_silent()
    finally:
        await ours.close()
        await theirs.close()


@pytest.mark.parametrize("mode", ["legacy"])
async def test_another_organizations_ids_are_not_found_and_nothing_changes(
    server: ServerProcess,
    api: GraphQLClient,
    workspace: Workspace,
    other_workspace: Workspace,
    mode: str,
) -> None:
    async with mcp_client(server.base_url, other_workspace.token, mode) as client:
        project = structured(await client.call_tool("projects_create", {"name": "Theirs"}))
        project_id = project["result"]["id"]
        task = structured(
            await client.call_tool("tasks_create", {"project_id": project_id, "title": "Theirs"})
        )["result"]
        entry = structured(
            await client.call_tool(
                "time_entries_create",
                {"started_at": "2026-01-05T09:00:00+00:00", "duration_minutes": 5},
            )
        )["result"]
        tokens = structured(await client.call_tool("users_tokens_list", {}))
    their_ids = {
        "project_id": project_id,
        "task_id": task["id"],
        "entry_id": entry["id"],
        "user_id": other_workspace.user_id,
        "token_id": tokens["items"][0]["id"],
        "status_id": task["status_id"],
    }
    attempts: list[tuple[str, dict[str, Any]]] = [
        ("projects_get", {"project_id": project_id}),
        ("projects_update", {"project_id": project_id, "name": "Mine now"}),
        ("projects_archive", {"project_id": project_id}),
        ("projects_members_list", {"project_id": project_id}),
        ("projects_members_add", {"project_id": project_id, "user_id": workspace.user_id}),
        ("projects_members_remove", {"project_id": project_id, "user_id": other_workspace.user_id}),
        ("tasks_get", {"task_id": task["id"]}),
        ("tasks_get", {"task_id": task["key"]}),
        ("tasks_update", {"task_id": task["id"], "title": "Mine now"}),
        ("tasks_assign", {"task_id": task["id"], "user_id": workspace.user_id}),
        ("tasks_delete", {"task_id": task["id"]}),
        ("tasks_create", {"project_id": project_id, "title": "Intruder"}),
        ("time_entries_get", {"entry_id": entry["id"]}),
        ("time_entries_update", {"entry_id": entry["id"], "description": "Mine now"}),
        ("time_entries_delete", {"entry_id": entry["id"]}),
        ("members_get", {"user_id": their_ids["user_id"]}),
        ("users_tokens_revoke", {"token_id": their_ids["token_id"]}),
    ]
    async with mcp_client(server.base_url, workspace.token, mode) as client:
        for name, arguments in attempts:
            result = await client.call_tool(name, arguments)
            assert result.is_error, (name, text(result))
            assert "NOT_FOUND" in text(result), (name, text(result))

    async with mcp_client(server.base_url, other_workspace.token, mode) as client:
        still = structured(await client.call_tool("tasks_get", {"task_id": task["id"]}))
        project_now = structured(await client.call_tool("projects_get", {"project_id": project_id}))
        entry_now = structured(
            await client.call_tool("time_entries_get", {"entry_id": entry["id"]})
        )
        me = structured(await client.call_tool("whoami", {}))
    assert still["title"] == "Theirs"
    assert project_now["name"] == "Theirs"
    assert project_now["archived"] is False
    assert entry_now["description"] is None
    assert me["user"]["id"] == other_workspace.user_id
    assert uuid.UUID(their_ids["entry_id"])
