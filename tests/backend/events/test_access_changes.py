"""Open subscriptions lose access by the next event: revoked token, removed member, demoted
role, removed Space member. Real WebSocket clients against a real server.

The server runs on Redis so that membership changes made in this process (as the CLI or
another replica would make them) reach its subscribers' access caches through their events.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from websockets.exceptions import ConnectionClosed

from backend.core import realtime
from backend.core.permissions import Role
from backend.members import service as members_service
from subscriptions import create_broadcast
from tests.backend.support import EVENTS, create_project, create_task
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess, SubscriptionClient, require_redis

TOKENS_LIST = "{ usersTokensList { items { id } } }"
TOKENS_REVOKE = "mutation($t: ID!) { usersTokensRevoke(tokenId: $t) { errors { message } } }"
SPACE_ADD = "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { message } } }"
SPACE_REMOVE = "mutation($p: ID!, $u: ID!) { projectsMembersRemove(projectId: $p, userId: $u) { errors { message } } }"
TIME_CREATE = """mutation($s: DateTime!) {
  timeEntriesCreate(startedAt: $s, durationMinutes: 30) { result { id } errors { message } }
}"""


@pytest.fixture(scope="module")
def redis_server(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(database.url, require_redis())
    try:  # stopped even when it fails to become ready, so no process outlives the tests
        process.start(Path(tmp_path_factory.mktemp("access-logs")))
        yield process
    finally:
        process.stop()


@pytest_asyncio.fixture
async def redis_api(redis_server: ServerProcess) -> AsyncIterator[GraphQLClient]:
    client = GraphQLClient(redis_server.base_url)
    try:
        yield client
    finally:
        await client.close()


@pytest_asyncio.fixture
async def publishing() -> AsyncIterator[None]:
    """Changes made by services in this process publish to the server's broker."""
    broadcast = create_broadcast(require_redis())
    await broadcast.connect()
    realtime.configure(broadcast)
    try:
        yield
    finally:
        realtime.configure(None)
        await broadcast.disconnect()


async def assert_ended_without_events(client: SubscriptionClient) -> None:
    """No further event arrives: the subscription completes or the socket closes."""
    try:
        while True:
            message = await client.next_message(5)
            assert message["type"] != "next", f"received after losing access: {message}"
            if message["type"] in {"complete", "error"}:
                return
    except ConnectionClosed:
        return


async def _time_entry(api: GraphQLClient, token: str) -> dict[str, Any]:
    started = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    payload = (await api.data(token, TIME_CREATE, {"s": started}))["timeEntriesCreate"]
    assert payload["errors"] == [], payload
    result: dict[str, Any] = payload["result"]
    return result


async def _stops_receiving_projects_after(
    api: GraphQLClient,
    server: ServerProcess,
    workspace: Workspace,
    member: Workspace,
    lose_access: Callable[[], Awaitable[None]],
) -> None:
    """The member sees a Space created before `lose_access`, and nothing after it, while the
    owner (the witness) receives the later event, so it was published."""
    subscriber = await SubscriptionClient.open(server.base_url, token=member.token)
    witness = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await witness.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await subscriber.assert_silent(0.3)
        first = await create_project(api, workspace.token, "Before")
        assert (await subscriber.next_event())["entityId"] == first["id"]  # access cached
        assert (await witness.next_event())["entityId"] == first["id"]

        await lose_access()
        after = await create_project(api, workspace.token, "After")

        assert (await witness.next_event())["entityId"] == after["id"]
        await assert_ended_without_events(subscriber)
    finally:
        await subscriber.close()
        await witness.close()


async def test_revoked_token_stops_receiving_by_the_next_event(
    redis_api: GraphQLClient, redis_server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)

    async def revoke() -> None:
        tokens = (await redis_api.data(member.token, TOKENS_LIST))["usersTokensList"]["items"]
        revoked = await redis_api.data(member.token, TOKENS_REVOKE, {"t": tokens[0]["id"]})
        assert revoked["usersTokensRevoke"]["errors"] == []

    await _stops_receiving_projects_after(redis_api, redis_server, workspace, member, revoke)


async def test_removed_member_stops_receiving_by_the_next_event(
    redis_api: GraphQLClient, redis_server: ServerProcess, workspace: Workspace, publishing: None
) -> None:
    member = await workspace.add_member(Role.MEMBER)

    async def remove() -> None:
        await members_service.remove_member(workspace.principal(), user_id=member.user_id)

    await _stops_receiving_projects_after(redis_api, redis_server, workspace, member, remove)


async def test_demoted_manager_stops_seeing_others_time_by_the_next_event(
    redis_api: GraphQLClient, redis_server: ServerProcess, workspace: Workspace, publishing: None
) -> None:
    manager = await workspace.add_member(Role.MANAGER)
    colleague = await workspace.add_member(Role.MEMBER)
    subscriber = await SubscriptionClient.open(redis_server.base_url, token=manager.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["TIME_ENTRY_CREATED", "PROJECT_CREATED"]})
        await subscriber.assert_silent(0.3)
        seen = await _time_entry(redis_api, colleague.token)
        assert (await subscriber.next_event())["entityId"] == seen["id"]  # manage_time

        await members_service.change_role(
            workspace.principal(), user_id=manager.user_id, role=Role.MEMBER
        )
        await _time_entry(redis_api, colleague.token)
        own = await _time_entry(redis_api, manager.token)
        project = await create_project(redis_api, workspace.token, "Still visible")

        # Next: their own entry and the project, never the colleague's second entry.
        assert (await subscriber.next_event())["entityId"] == own["id"]
        assert (await subscriber.next_event())["entityId"] == project["id"]
        await subscriber.assert_silent(0.3)
    finally:
        await subscriber.close()


async def test_removed_space_member_stops_receiving_its_events_by_the_next_event(
    redis_api: GraphQLClient, redis_server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    secret = await create_project(redis_api, workspace.token, "Secret", visibility="PRIVATE")
    public = await create_project(redis_api, workspace.token, "Public")
    added = await redis_api.data(
        workspace.token, SPACE_ADD, {"p": secret["id"], "u": member.user_id}
    )
    assert added["projectsMembersAdd"]["errors"] == []
    subscriber = await SubscriptionClient.open(redis_server.base_url, token=member.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["TASK_CREATED"]})
        await subscriber.assert_silent(0.3)
        inside = await create_task(redis_api, workspace.token, secret["id"])
        assert (await subscriber.next_event())["entityId"] == inside["id"]  # Space access cached

        removed = await redis_api.data(
            workspace.token, SPACE_REMOVE, {"p": secret["id"], "u": member.user_id}
        )
        assert removed["projectsMembersRemove"]["errors"] == []
        await create_task(redis_api, workspace.token, secret["id"])
        visible = await create_task(redis_api, workspace.token, public["id"])

        assert (await subscriber.next_event())["entityId"] == visible["id"]
        await subscriber.assert_silent(0.3)
    finally:
        await subscriber.close()
