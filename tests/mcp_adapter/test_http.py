"""/mcp over real HTTP with the SDK's client, in both protocol eras: tools, errors, auth, Host/Origin."""

from __future__ import annotations

import uuid

import httpx
import pytest
from mcp.shared.exceptions import MCPError

from mcp_adapter.snapshot import SNAPSHOTS
from tests.conftest import Workspace
from tests.mcp_adapter.support import MODES, mcp_client, structured, text
from tests.support import ServerProcess

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "0"},
    },
}
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


@pytest.mark.parametrize("mode", MODES)
async def test_lists_every_catalog_tool_with_schemas_and_annotations(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    import json

    expected = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SNAPSHOTS.glob("*.json"))]
    async with mcp_client(server.base_url, workspace.token, mode, "/mcp/x/all") as client:
        listed = await client.list_tools()

    assert [tool.name for tool in listed.tools] == [tool["name"] for tool in expected]
    delete = next(tool for tool in listed.tools if tool.name == "tasks_delete")
    assert delete.annotations is not None
    assert delete.annotations.destructive_hint is True
    assert delete.input_schema["required"] == ["task_id"]


@pytest.mark.parametrize("mode", MODES)
async def test_tools_create_read_and_page_as_the_tokens_user(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode) as client:
        me = structured(await client.call_tool("whoami", {}))
        project = structured(await client.call_tool("projects_create", {"name": "Web Site"}))
        project_id = project["result"]["id"]
        created = structured(
            await client.call_tool(
                "tasks_create",
                {"project_id": project_id, "title": "Write copy", "start_date": "2026-03-01"},
            )
        )
        task = created["result"]
        by_key = structured(await client.call_tool("tasks_get", {"task_id": task["key"]}))
        page = structured(
            await client.call_tool("tasks_list", {"project_id": project_id, "limit": 1})
        )
        timer = structured(await client.call_tool("time_current_timer", {}))

    assert me["user"]["id"] == workspace.user_id
    assert me["organization"]["id"] == workspace.organization_id
    assert created["errors"] == []
    assert task["start_date"] == "2026-03-01"
    assert by_key["id"] == task["id"]
    assert set(page) == {"items", "next_cursor", "total_count"}
    assert [item["id"] for item in page["items"]] == [task["id"]]
    assert page["total_count"] == 1
    assert timer == {"timer": None}


@pytest.mark.parametrize("mode", MODES)
async def test_bad_arguments_are_refused_before_execution_naming_the_argument(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode) as client:
        wrong_type = await client.call_tool("tasks_create", {"project_id": "1", "title": 42})
        missing = await client.call_tool("tasks_create", {"title": "x"})
        unknown = await client.call_tool("tasks_get", {"task_id": "1", "taskId": "1"})
        bad_date = await client.call_tool(
            "tasks_create", {"project_id": "1", "title": "x", "due_date": "31/12/2026"}
        )
        bad_enum = await client.call_tool(
            "tasks_create", {"project_id": "1", "title": "x", "priority": "SOON"}
        )

    assert wrong_type.is_error
    assert "'title': expected a string, got 42" in text(wrong_type)
    assert missing.is_error
    assert "Missing required argument 'project_id' (a string)" in text(missing)
    assert unknown.is_error
    assert "Unknown argument 'taskId'" in text(unknown)
    assert "task_id" in text(unknown)
    assert "'due_date': expected a date as a string, YYYY-MM-DD" in text(bad_date)
    assert '"31/12/2026"' in text(bad_date)
    assert "one of NONE, LOW, MEDIUM, HIGH, URGENT" in text(bad_enum)


@pytest.mark.parametrize("mode", MODES)
async def test_not_found_and_payload_errors_are_tool_errors_saying_what_to_do(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode) as client:
        missing = await client.call_tool("tasks_get", {"task_id": str(uuid.uuid4())})
        project = structured(await client.call_tool("projects_create", {"name": "Ops"}))
        refused = await client.call_tool(
            "tasks_create",
            {
                "project_id": project["result"]["id"],
                "title": "x",
                "start_date": "2026-12-10",
                "due_date": "2026-12-01",
            },
        )

    assert missing.is_error
    assert "NOT_FOUND" in text(missing)
    assert "list" in text(missing)
    assert refused.is_error
    assert "INVALID (start_date)" in text(refused)
    assert "Correct the arguments" in text(refused)
    assert refused.structured_content is not None
    assert refused.structured_content["result"] is None


@pytest.mark.parametrize("mode", MODES)
async def test_unknown_tool_is_a_protocol_error(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode) as client:
        with pytest.raises(MCPError, match="Unknown tool 'tasks_explode'"):
            await client.call_tool("tasks_explode", {})


@pytest.mark.parametrize("token", [None, "trcr_pat_nope", "not-a-token"])
async def test_no_valid_token_is_401_with_www_authenticate(
    server: ServerProcess, token: str | None
) -> None:
    headers = dict(HEADERS)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        response = await http.post("/mcp", json=INITIALIZE, headers=headers, follow_redirects=True)

    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer ")


async def test_a_revoked_token_stops_working(server: ServerProcess, workspace: Workspace) -> None:
    async with mcp_client(server.base_url, workspace.token, "legacy") as client:
        created = structured(await client.call_tool("users_tokens_create", {"name": "assistant"}))
        secret = created["result"]["plaintext"]
        async with mcp_client(server.base_url, secret, "legacy") as assistant:
            me = structured(await assistant.call_tool("whoami", {}))
        token_id = created["result"]["token"]["id"]
        structured(await client.call_tool("users_tokens_revoke", {"token_id": token_id}))
    assert me["token_name"] == "assistant"
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        response = await http.post(
            "/mcp",
            json=INITIALIZE,
            headers={**HEADERS, "Authorization": f"Bearer {secret}"},
            follow_redirects=True,
        )
    assert response.status_code == 401


async def test_bad_origin_is_403_and_bad_host_is_421(
    server: ServerProcess, workspace: Workspace
) -> None:
    auth = {**HEADERS, "Authorization": f"Bearer {workspace.token}"}
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        good = await http.post("/mcp", json=INITIALIZE, headers=auth, follow_redirects=True)
        origin = await http.post(
            "/mcp",
            json=INITIALIZE,
            headers={**auth, "Origin": "http://evil.example"},
            follow_redirects=True,
        )
        host = await http.post(
            "/mcp",
            json=INITIALIZE,
            headers={**auth, "Host": "evil.example"},
        )

    assert good.status_code == 200, good.text
    assert origin.status_code == 403
    assert host.status_code == 421
