"""/mcp refuses a bad token with a 401 that says why and what to send, and offers no OAuth to chase."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from backend.core import tokens
from backend.core.permissions import Role
from backend.members.models import Membership
from backend.users.models import PersonalAccessToken
from tests.conftest import Workspace
from tests.mcp_adapter.test_http import HEADERS, INITIALIZE
from tests.support import ServerProcess


async def _refusal(server: ServerProcess, authorization: str | None) -> httpx.Response:
    headers = dict(HEADERS)
    if authorization is not None:
        headers["Authorization"] = authorization
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        return await http.post("/mcp", json=INITIALIZE, headers=headers)


async def _set_token(token: str, **fields: object) -> None:
    await PersonalAccessToken.filter(token_hash=tokens.hash_token(token)).update(**fields)


async def test_each_refusal_says_why_and_how_to_send_a_token(
    server: ServerProcess, workspace: Workspace
) -> None:
    expired = await workspace.add_member(Role.MEMBER)
    await _set_token(expired.token, expires_at=datetime.now(UTC) - timedelta(minutes=1))
    revoked = await workspace.add_member(Role.MEMBER)
    await _set_token(revoked.token, revoked_at=datetime.now(UTC))
    removed = await workspace.add_member(Role.MEMBER)
    await Membership.filter(user_id=removed.user_id).delete()

    cases = {
        "missing": None,
        "not bearer": f"Basic {workspace.token}",
        "malformed": "Bearer not-a-token",
        "unknown": f"Bearer {tokens.generate()}",
        "expired": f"Bearer {expired.token}",
        "revoked": f"Bearer {revoked.token}",
        "removed": f"Bearer {removed.token}",
    }
    messages: dict[str, str] = {}
    for case, authorization in cases.items():
        response = await _refusal(server, authorization)
        assert response.status_code == 401, (case, response.text)
        body = response.json()
        assert body["jsonrpc"] == "2.0" and body["error"]["code"] == -32001, body
        messages[case] = body["error"]["message"]
        assert "Authorization: Bearer trcr_pat_" in messages[case], (case, messages[case])
        challenge = response.headers["www-authenticate"]
        assert challenge.startswith('Bearer realm="trcr"'), challenge
        assert "resource_metadata" not in challenge

    assert len(set(messages.values())) == len(cases), messages
    assert "Authentication required" in messages["missing"]
    assert "malformed" in messages["malformed"]
    assert "unknown" in messages["unknown"]
    assert "expired" in messages["expired"]
    assert "revoked" in messages["revoked"]
    assert "no longer a member" in messages["removed"]


async def test_oauth_discovery_finds_nothing_and_is_told_to_send_a_token(
    server: ServerProcess,
) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        probes = [
            await http.get("/.well-known/oauth-protected-resource/mcp"),
            await http.get("/.well-known/oauth-protected-resource"),
            await http.get("/.well-known/oauth-authorization-server"),
            await http.get("/.well-known/openid-configuration"),
            await http.post("/register", json={"redirect_uris": ["http://127.0.0.1:9/cb"]}),
        ]

    for response in probes:
        assert response.status_code == 404, response.url
        body = response.json()
        assert "does not use OAuth" in body["error_description"]
        assert "Authorization: Bearer trcr_pat_" in body["error_description"]
