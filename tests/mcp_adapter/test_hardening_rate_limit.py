"""TRCR_RATE_LIMIT: a budget per token (per IP without one) on /graphql and /mcp, shared by both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from backend.core.permissions import Role
from backend.core.rate_limit import budget
from tests.backend.support import WHOAMI
from tests.conftest import Database, Workspace
from tests.mcp_adapter.support import MODES, mcp_client, text
from tests.mcp_adapter.test_http import HEADERS
from tests.support import GraphQLClient, ServerProcess

BUDGET = 6


@pytest.fixture(scope="module")
def limited(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(database_url=database.url, env={"TRCR_RATE_LIMIT": f"{BUDGET}/minute"})
    process.start(Path(tmp_path_factory.mktemp("logs")))
    try:
        yield process
    finally:
        process.stop()


def _retry_after(response: httpx.Response) -> int:
    seconds = int(response.headers["retry-after"])
    assert 1 <= seconds <= 60
    return seconds


async def test_graphql_answers_429_with_retry_after_once_a_token_spent_its_budget(
    limited: ServerProcess, workspace: Workspace
) -> None:
    other = await workspace.add_member(Role.MEMBER)
    api = GraphQLClient(limited.base_url)
    try:
        statuses = [(await api.post(workspace.token, WHOAMI)).status_code for _ in range(BUDGET)]
        refused = await api.post(workspace.token, WHOAMI)
        fresh = await api.post(other.token, WHOAMI)
    finally:
        await api.close()

    assert statuses == [200] * BUDGET
    assert refused.status_code == 429
    seconds = _retry_after(refused)
    [error] = refused.json()["errors"]
    assert error["extensions"] == {"code": "RATE_LIMITED", "retry_after": seconds}
    assert f"Retry after {seconds} seconds" in error["message"]
    assert fresh.status_code == 200  # every token has its own budget


async def test_requests_without_a_valid_token_share_their_address_budget(
    limited: ServerProcess,
) -> None:
    async with httpx.AsyncClient(base_url=limited.base_url) as http:
        statuses = [
            (
                await http.post("/mcp", json={}, headers={**HEADERS, "Authorization": auth})
            ).status_code
            for auth in ["", "Bearer junk", "Bearer trcr_pat_x"] * BUDGET
        ]

    assert statuses[:BUDGET] == [401] * BUDGET
    assert set(statuses[BUDGET:]) == {429}


@pytest.mark.parametrize("mode", MODES)
async def test_a_tool_call_over_budget_is_a_tool_error_saying_when_to_retry(
    limited: ServerProcess, workspace: Workspace, mode: str
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    async with mcp_client(limited.base_url, member.token, mode) as client:
        results = [await client.call_tool("whoami", {}) for _ in range(BUDGET + 1)]
    async with httpx.AsyncClient(base_url=limited.base_url) as http:
        listing = await http.post(
            "/mcp",
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={**HEADERS, "Authorization": f"Bearer {member.token}"},
        )

    refused = [result for result in results if result.is_error]
    assert refused, "the budget was never reached"
    assert not results[0].is_error
    message = text(refused[0])
    assert "Rate limit exceeded" in message
    assert "Retry after" in message and "seconds" in message
    assert listing.status_code == 429
    _retry_after(listing)
    assert "Retry after" in listing.json()["error"]["message"]


def test_the_budget_parses_rates_and_turns_off() -> None:
    assert budget("off").item is None
    assert budget("0").item is None
    assert str(budget("600/minute").item) == "600 per 1 minute"
    with pytest.raises(ValueError, match="couldn't parse rate limit string"):
        budget("lots")
