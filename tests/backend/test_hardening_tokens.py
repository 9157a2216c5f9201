"""Tokens never breed broader tokens: API-made tokens expire by default and never outlive their parent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import GraphQLClient, ServerProcess

CREATE = """
mutation ($name: String!, $days: Int, $never: Boolean! = false) {
  usersTokensCreate(name: $name, expiresInDays: $days, neverExpires: $never) {
    result { plaintext token { expiresAt } }
    errors { code field message }
  }
}
"""


async def _create(api: GraphQLClient, token: str, **variables: Any) -> dict[str, Any]:
    data = await api.data(token, CREATE, {"name": "child", **variables})
    payload: dict[str, Any] = data["usersTokensCreate"]
    return payload


def _expiry(payload: dict[str, Any]) -> datetime | None:
    raw = payload["result"]["token"]["expiresAt"]
    return None if raw is None else datetime.fromisoformat(raw)


async def test_a_new_token_expires_in_90_days_unless_never_is_asked_for(
    api: GraphQLClient, workspace: Workspace
) -> None:
    before = datetime.now(UTC)
    default = await _create(api, workspace.token)
    never = await _create(api, workspace.token, never=True)

    assert default["errors"] == []
    expires = _expiry(default)
    assert expires is not None
    assert before + timedelta(days=90) <= expires <= datetime.now(UTC) + timedelta(days=90)
    assert never["errors"] == []
    assert _expiry(never) is None


async def test_a_token_made_by_an_expiring_token_never_outlives_it(
    api: GraphQLClient, workspace: Workspace
) -> None:
    parent = await _create(api, workspace.token, days=5)
    parent_secret = parent["result"]["plaintext"]
    parent_expiry = _expiry(parent)

    default = await _create(api, parent_secret)
    shorter = await _create(api, parent_secret, days=2)
    longer = await _create(api, parent_secret, days=30)
    never = await _create(api, parent_secret, never=True)
    both = await _create(api, workspace.token, days=3, never=True)

    assert _expiry(default) == parent_expiry
    expires = _expiry(shorter)
    assert expires is not None and parent_expiry is not None and expires < parent_expiry
    assert longer["result"] is None
    [error] = longer["errors"]
    assert (error["code"], error["field"]) == ("INVALID", "expires_in_days")
    assert "at most 4" in error["message"] or "at most 5" in error["message"]
    assert never["result"] is None
    [error] = never["errors"]
    assert (error["code"], error["field"]) == ("INVALID", "never_expires")
    assert "trcr tokens create" in error["message"]
    assert both["errors"][0]["field"] == "never_expires"


async def test_the_mcp_tool_applies_the_same_rules(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "2026-07-28") as client:
        made = structured(
            await client.call_tool("users_tokens_create", {"name": "a", "expires_in_days": 1})
        )
    async with mcp_client(server.base_url, made["result"]["plaintext"], "legacy") as child:
        refused = await child.call_tool("users_tokens_create", {"name": "b", "never_expires": True})
        default = structured(await child.call_tool("users_tokens_create", {"name": "c"}))

    assert refused.is_error
    assert "INVALID (never_expires)" in text(refused)
    assert default["result"]["token"]["expires_at"] == made["result"]["token"]["expires_at"]
