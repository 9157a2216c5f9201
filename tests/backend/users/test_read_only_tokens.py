"""A read-only token runs queries only: every mutation is refused, on HTTP, WebSocket and MCP,
with the reason; tokens it makes are read-only too; whoami tells the mode and expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from backend.core.permissions import Role
from backend.projects.models import Project
from backend.users import service as users_service
from backend.users.authentication import authenticate
from tests.backend.support import PROJECTS_CREATE
from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient

CREATE = """
mutation ($name: String!, $readOnly: Boolean! = false) {
  usersTokensCreate(name: $name, readOnly: $readOnly, expiresInDays: 3) {
    result { plaintext token { readOnly expiresAt } }
    errors { code field message reason }
  }
}
"""
WHOAMI = "query { whoami { role tokenReadOnly tokenExpiresAt } }"


async def _read_only_token(api: GraphQLClient, token: str) -> str:
    data = await api.data(token, CREATE, {"name": "reader", "readOnly": True})
    payload = data["usersTokensCreate"]
    assert payload["errors"] == [] and payload["result"]["token"]["readOnly"] is True
    secret: str = payload["result"]["plaintext"]
    return secret


def _refused(body: dict[str, Any]) -> dict[str, Any]:
    """The single top-level error of an operation refused before it ran."""
    assert body["data"] is None, body
    [error] = body["errors"]
    assert error["extensions"]["code"] == "FORBIDDEN"
    assert error["extensions"]["reason"] == "READ_ONLY_TOKEN"
    assert "read-only" in error["message"]
    return error  # type: ignore[no-any-return]


async def test_whoami_tells_a_read_only_token_and_its_expiry(
    api: GraphQLClient, workspace: Workspace
) -> None:
    reader = await _read_only_token(api, workspace.token)

    mine = (await api.data(workspace.token, WHOAMI))["whoami"]
    theirs = (await api.data(reader, WHOAMI))["whoami"]

    assert mine["tokenReadOnly"] is False and mine["tokenExpiresAt"] is None
    assert theirs["tokenReadOnly"] is True and theirs["role"] == "OWNER"
    expires = datetime.fromisoformat(theirs["tokenExpiresAt"])
    assert datetime.now(UTC) + timedelta(days=2) < expires < datetime.now(UTC) + timedelta(days=4)


async def test_every_mutation_is_refused_over_http_and_nothing_changes(
    api: GraphQLClient, workspace: Workspace
) -> None:
    reader = await _read_only_token(api, workspace.token)
    before = await Project.filter(organization_id=workspace.organization_id).count()

    listed = await api.data(reader, "query { projectsList { totalCount } }")
    refused = await api.execute(reader, PROJECTS_CREATE, {"name": "Never"})
    minting = await api.execute(reader, CREATE, {"name": "broader", "readOnly": False})

    assert listed["projectsList"]["totalCount"] == before
    _refused(refused)
    _refused(minting)  # not even a read-only child: no mutation runs at all
    assert await Project.filter(organization_id=workspace.organization_id).count() == before


async def test_a_mutation_over_a_websocket_is_refused(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    reader = await _read_only_token(api, workspace.token)
    client = await SubscriptionClient.open(server.base_url, token=reader)
    try:
        await client.subscribe(WHOAMI)
        read = await client.next_message()
        assert read["payload"]["data"]["whoami"]["tokenReadOnly"] is True
        await client.next_message()  # complete

        await client.subscribe(PROJECTS_CREATE, {"name": "Never"})
        message = await client.next_message()
    finally:
        await client.close()
    assert message["type"] in {"next", "error"}, message
    payload = message["payload"]
    errors = payload if isinstance(payload, list) else payload["errors"]
    assert [e["extensions"]["reason"] for e in errors] == ["READ_ONLY_TOKEN"], message
    assert not await Project.filter(
        organization_id=workspace.organization_id, name="Never"
    ).exists()


async def test_a_mutation_tool_is_refused_over_mcp_with_the_reason(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    reader = await _read_only_token(api, workspace.token)
    async with mcp_client(server.base_url, reader, "2026-07-28") as client:
        whoami = structured(await client.call_tool("whoami", {}))
        refused = await client.call_tool("projects_create", {"name": "Never"})

    assert whoami["token_read_only"] is True
    assert refused.is_error
    # The adapter refuses before the executor would (which refuses FORBIDDEN READ_ONLY_TOKEN).
    assert "read-only" in text(refused) and "Nothing was executed" in text(refused)
    assert "Invalid arguments" not in text(refused)
    assert not await Project.filter(
        organization_id=workspace.organization_id, name="Never"
    ).exists()


async def test_a_token_made_with_a_read_only_token_is_read_only(workspace: Workspace) -> None:
    """The service rule behind the executor's refusal: a child is never broader than its parent."""
    _, secret = await users_service.issue_token(
        user_id=workspace.user_id,
        organization_id=workspace.organization_id,
        name="reader",
        expires_in_days=5,
        read_only=True,
    )
    parent = await authenticate(secret)
    assert parent.read_only and parent.role == Role.OWNER

    child, _ = await users_service.create_token(parent, name="child", read_only=False)

    assert child.read_only is True
    assert parent.token_expires_at is not None
    assert child.expires_at is not None and child.expires_at <= parent.token_expires_at


async def test_a_read_write_token_makes_read_only_children_on_request(
    workspace: Workspace,
) -> None:
    owner = await authenticate(workspace.token)
    reader, _ = await users_service.create_token(owner, name="reader", read_only=True)
    writer, _ = await users_service.create_token(owner, name="writer")
    assert (reader.read_only, writer.read_only) == (True, False)
