"""members_remove: the member's tokens stop working at once on every transport (HTTP, MCP, and
open WebSockets are closed), their running timer is stopped, and their history stays."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from backend.core.permissions import Role
from backend.members import service
from backend.projects.models import ProjectMember
from backend.tasks.models import TaskAssignee
from backend.tasks_comments.models import TaskComment
from backend.time import service as time_service
from backend.time.models import TimeEntry
from backend.users.models import PersonalAccessToken
from tests.backend.support import EVENTS, WHOAMI, create_project, create_task
from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient

REMOVE = """
mutation($userId: ID!) {
  membersRemove(userId: $userId) { result { userId role } errors { code message reason } }
}"""


async def _receive_until_closed(client: SubscriptionClient, seconds: float) -> None:
    while True:
        await asyncio.wait_for(client.connection.recv(), seconds)


async def _closed_within(client: SubscriptionClient, seconds: float) -> tuple[int, str]:
    """The close frame, which must come within `seconds` (the idle re-check is 60 s away)."""
    with pytest.raises(ConnectionClosed) as closed:
        await _receive_until_closed(client, seconds)
    frame = closed.value.rcvd
    assert frame is not None, "closed without a close frame"
    return frame.code, frame.reason


async def test_a_removed_member_is_refused_everywhere_at_once_and_their_sockets_close(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    # Given: the member's token works over HTTP and MCP, with two sockets open: one idle,
    # one subscribed to events.
    assert (await api.data(member.token, WHOAMI))["whoami"]["role"] == "MEMBER"
    async with mcp_client(server.base_url, member.token, "2026-07-28") as client:
        assert structured(await client.call_tool("whoami", {}))["role"] == "MEMBER"
    idle = await SubscriptionClient.open(server.base_url, token=member.token)
    watching = await SubscriptionClient.open(server.base_url, header_token=member.token)
    await watching.subscribe(EVENTS)
    await watching.assert_silent(0.3)

    # When: an owner removes them, over the server (so its sockets learn of the event).
    started = time.monotonic()
    removed = await api.data(workspace.token, REMOVE, {"userId": member.user_id})
    assert removed["membersRemove"]["errors"] == [], removed

    # Then: both sockets close with 4401 at once, long before the 60 s idle re-check.
    try:
        for socket in (idle, watching):
            code, reason = await _closed_within(socket, 10)
            assert code == 4401 and reason.startswith("Unauthorized: ")
    finally:
        await idle.close()
        await watching.close()
    assert time.monotonic() - started < 10
    # HTTP and MCP refuse the token with 401 and a reason.
    refused = await api.post(member.token, WHOAMI)
    assert refused.status_code == 401
    assert "revoked" in refused.json()["errors"][0]["message"]
    async with httpx.AsyncClient(timeout=30) as http:
        mcp = await http.post(
            f"{server.base_url}/mcp",
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={
                "Authorization": f"Bearer {member.token}",
                "Accept": "application/json, text/event-stream",
            },
        )
    assert mcp.status_code == 401
    # Their tokens are revoked, so adding them back later does not revive an old token.
    assert not await PersonalAccessToken.filter(
        user_id=member.user_id, revoked_at__isnull=True
    ).exists()


async def test_removal_stops_the_running_timer_and_keeps_the_history(
    api: GraphQLClient, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    project = await create_project(api, workspace.token, name="History")
    await api.data(
        workspace.token,
        "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { code } } }",
        {"p": project["id"], "u": member.user_id},
    )
    task = await create_task(api, workspace.token, project["id"], assigneeIds=[member.user_id])
    commented = await api.data(
        member.token,
        'mutation($t: ID!) { tasksCommentsAdd(taskId: $t, body: "Done soon") { errors { code } } }',
        {"t": task["id"]},
    )
    assert commented["tasksCommentsAdd"]["errors"] == []
    started = await api.data(
        member.token,
        "mutation($t: ID!) { timeStartTimer(taskId: $t) { result { id } errors { code } } }",
        {"t": task["id"]},
    )
    entry_id = started["timeStartTimer"]["result"]["id"]

    removed = await api.data(workspace.token, REMOVE, {"userId": member.user_id})
    assert removed["membersRemove"]["errors"] == []

    entry = await TimeEntry.get(id=entry_id)
    assert entry.running_user_id is None and entry.ended_at is not None
    assert str(entry.user_id) == member.user_id  # the entry stays theirs
    assert await TaskComment.filter(task_id=task["id"], author_id=member.user_id).exists()
    assert await TaskAssignee.filter(task_id=task["id"], user_id=member.user_id).exists()
    assert await ProjectMember.filter(project_id=project["id"], user_id=member.user_id).exists()


async def test_removing_a_member_without_a_timer_stops_nothing(workspace: Workspace) -> None:
    member = await workspace.add_member(Role.MEMBER)
    removed_principal = workspace.principal(Role.MEMBER, member.user_id)
    await service.remove_member(workspace.principal(), user_id=member.user_id)
    assert await time_service.current_timer(removed_principal) is None


async def test_an_admin_cannot_remove_an_owner_and_a_member_cannot_remove_anyone(
    api: GraphQLClient, workspace: Workspace
) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    member = await workspace.add_member(Role.MEMBER)

    by_admin = await api.data(admin.token, REMOVE, {"userId": workspace.user_id})
    by_member = await api.data(member.token, REMOVE, {"userId": admin.user_id})
    last_owner = await api.data(workspace.token, REMOVE, {"userId": workspace.user_id})

    assert [e["reason"] for e in by_admin["membersRemove"]["errors"]] == ["OWNER_ONLY"]
    assert [e["code"] for e in by_member["membersRemove"]["errors"]] == ["FORBIDDEN"]
    assert [e["reason"] for e in last_owner["membersRemove"]["errors"]] == ["LAST_OWNER"]
    for user_id in (workspace.user_id, admin.user_id):
        assert await service.is_member(organization_id=workspace.organization_id, user_id=user_id)
