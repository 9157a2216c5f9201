"""/mcp answers protocol mistakes briefly, and holds no event stream open."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import Workspace
from tests.mcp_adapter.support import MODES, mcp_client, structured
from tests.mcp_adapter.test_http import HEADERS
from tests.support import ServerProcess


def _headers(workspace: Workspace, **extra: str) -> dict[str, str]:
    return {**HEADERS, "Authorization": f"Bearer {workspace.token}", **extra}


@pytest.mark.parametrize("method", ["GET", "DELETE"])
async def test_get_and_delete_are_405_at_once_instead_of_an_endless_stream(
    server: ServerProcess, workspace: Workspace, method: str
) -> None:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=5) as http:
        response = await http.request(method, "/mcp", headers=_headers(workspace))

    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert "POST" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "code", "says"),
    [
        ("not json", -32700, "not JSON"),
        ('{"foo": "a secret input"}', -32600, '"jsonrpc": "2.0"'),
        ("[1, 2]", -32600, "Batches are not supported"),
        ('{"jsonrpc": "2.0", "id": 1}', -32600, '"method"'),
        ('{"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": "x"}', -32600, "params"),
    ],
)
async def test_a_body_that_is_not_json_rpc_gets_a_short_error_without_echo_or_versions(
    server: ServerProcess, workspace: Workspace, body: str, code: int, says: str
) -> None:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=5) as http:
        response = await http.post("/mcp", content=body, headers=_headers(workspace))

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code
    assert says in error["message"]
    for noise in ("pydantic", "validation error", "input_value", "a secret input"):
        assert noise not in error["message"]
    assert len(error["message"]) < 300


async def test_an_unknown_protocol_version_header_names_the_versions_spoken(
    server: ServerProcess, workspace: Workspace
) -> None:
    listing = {"jsonrpc": "2.0", "id": 7, "method": "tools/list"}
    async with httpx.AsyncClient(base_url=server.base_url, timeout=5) as http:
        response = await http.post(
            "/mcp", json=listing, headers=_headers(workspace, **{"MCP-Protocol-Version": "1999"})
        )

    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message.startswith("Unsupported MCP-Protocol-Version '1999'.")
    assert "2026-07-28" in message and "2025-11-25" in message
    assert "_meta" not in message


@pytest.mark.parametrize("mode", MODES)
async def test_real_clients_still_work_through_the_guards(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode) as client:
        me = structured(await client.call_tool("whoami", {}))
    assert me["user"]["id"] == workspace.user_id
