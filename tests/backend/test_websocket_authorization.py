"""Every operation on an open graphql-transport-ws socket is authorized against the token's
current state, membership and role, exactly as on HTTP; a dead token closes the socket."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from backend.core import tokens
from backend.core.permissions import Role
from backend.members.models import Membership
from backend.users import service as users_service
from backend.users.models import PersonalAccessToken
from tests.backend.support import EVENTS, PROJECTS_CREATE, create_project, create_task
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess, SubscriptionClient

MEMBERS_LIST = "query { membersList { items { userId user { email } } } }"
TOKENS_CREATE = """
mutation { usersTokensCreate(name: "minted over the socket") {
  result { plaintext } errors { code message }
} }"""


async def run(
    client: SubscriptionClient, query: str, variables: dict[str, Any] | None = None
) -> Any:
    """One query or mutation over the socket; its `next` payload (then `complete`)."""
    operation_id = await client.subscribe(query, variables)
    message = await client.next_message()
    assert message["id"] == operation_id and message["type"] == "next", message
    done = await client.next_message()
    assert done == {"id": operation_id, "type": "complete"}, done
    return message["payload"]


async def closed_with(client: SubscriptionClient) -> tuple[int | None, str]:
    """The close code and reason the server sent, once the socket is closed."""
    with pytest.raises(ConnectionClosed) as closed:
        await asyncio.wait_for(client.connection.recv(), 5)
    frame = closed.value.rcvd
    return (frame.code, frame.reason) if frame is not None else (None, "")


async def token_id(token: str) -> str:
    record = await PersonalAccessToken.get(token_hash=tokens.hash_token(token))
    return str(record.id)


async def test_demoted_admin_socket_can_no_longer_create_spaces(
    server: ServerProcess, workspace: Workspace
) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    client = await SubscriptionClient.open(server.base_url, token=admin.token)
    try:
        created = await run(client, PROJECTS_CREATE, {"name": "Before"})
        assert created["data"]["projectsCreate"]["errors"] == []

        await Membership.filter(
            organization_id=workspace.organization_id, user_id=admin.user_id
        ).update(role=Role.GUEST)

        refused = await run(client, PROJECTS_CREATE, {"name": "After"})
        errors = refused["data"]["projectsCreate"]["errors"]
        assert [error["code"] for error in errors] == ["FORBIDDEN"], refused
        assert "guest" in errors[0]["message"]
    finally:
        await client.close()


async def test_removed_member_socket_is_closed_before_listing_members(
    server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    client = await SubscriptionClient.open(server.base_url, token=member.token)
    try:
        listed = await run(client, MEMBERS_LIST)
        assert workspace.email in {
            m["user"]["email"] for m in listed["data"]["membersList"]["items"]
        }

        await Membership.filter(
            organization_id=workspace.organization_id, user_id=member.user_id
        ).delete()

        await client.subscribe(MEMBERS_LIST)
        code, reason = await closed_with(client)
        assert code == 4401
        assert reason.startswith("Unauthorized: ") and "revoked" in reason
    finally:
        await client.close()


async def test_revoked_token_socket_is_closed_and_mints_nothing(
    server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    client = await SubscriptionClient.open(server.base_url, header_token=member.token)
    try:
        whoami = await run(client, "query { whoami { role } }")
        assert whoami["data"]["whoami"]["role"] == "MEMBER"
        before = await PersonalAccessToken.filter(user_id=member.user_id).count()

        await users_service.revoke_token(
            workspace.principal(Role.MEMBER, user_id=member.user_id),
            token_id=await token_id(member.token),
        )

        await client.subscribe(TOKENS_CREATE)
        code, reason = await closed_with(client)
        assert code == 4401
        assert reason.startswith("Unauthorized: ")
        assert await PersonalAccessToken.filter(user_id=member.user_id).count() == before
    finally:
        await client.close()


async def test_legacy_graphql_ws_protocol_is_refused(
    server: ServerProcess, workspace: Workspace
) -> None:
    from websockets.asyncio.client import connect

    url = server.base_url.replace("http://", "ws://") + "/graphql"
    async with connect(
        url,
        subprotocols=["graphql-ws"],  # type: ignore[list-item]
        additional_headers={"Authorization": f"Bearer {workspace.token}"},
    ) as connection:
        # strawberry accepts the upgrade without a protocol it speaks, then closes with 4406.
        assert connection.subprotocol is None
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(connection.recv(), 5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4406


@pytest.fixture
def watching_server(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ServerProcess]:
    """A server whose idle sockets re-check their token every 0.3 s."""
    monkeypatch.setenv("TRCR_WS_REAUTHORIZE_SECONDS", "0.3")
    process = ServerProcess(database_url=database.url)
    process.start(tmp_path)
    try:
        yield process
    finally:
        process.stop()


async def test_idle_socket_with_a_subscription_is_closed_when_its_token_is_revoked(
    watching_server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    client = await SubscriptionClient.open(watching_server.base_url, token=member.token)
    try:
        await client.subscribe(EVENTS)
        await client.assert_silent(0.5)  # open, idle, still authorized
        await users_service.revoke_token(
            workspace.principal(Role.MEMBER, user_id=member.user_id),
            token_id=await token_id(member.token),
        )
        code, reason = await closed_with(client)
        assert code == 4401 and reason.startswith("Unauthorized: ")
    finally:
        await client.close()


async def test_each_operation_on_a_socket_gets_fresh_loaders(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    """A socket carries many operations; none is served rows another one cached."""
    project = await create_project(api, workspace.token, name="Before rename")
    task = await create_task(api, workspace.token, project["id"])
    query = "query($t: ID!) { tasksGet(taskId: $t) { project { name } } }"
    client = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        first = await run(client, query, {"t": task["id"]})
        assert first["data"]["tasksGet"]["project"]["name"] == "Before rename"
        renamed = await api.data(
            workspace.token,
            'mutation($p: ID!) { projectsUpdate(projectId: $p, name: "After rename") { errors { code } } }',
            {"p": project["id"]},
        )
        assert renamed["projectsUpdate"]["errors"] == []
        second = await run(client, query, {"t": task["id"]})
        assert second["data"]["tasksGet"]["project"]["name"] == "After rename"
    finally:
        await client.close()
