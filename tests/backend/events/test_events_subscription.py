"""The `events` subscription over a real graphql-transport-ws WebSocket."""

from __future__ import annotations

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus

from backend.core import tokens
from backend.core.permissions import Role
from tests.backend.support import EVENTS, TASKS_CREATE, create_project, create_task
from tests.conftest import Workspace
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient


async def test_subscriber_receives_committed_changes_of_its_organization(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS)
        await subscriber.assert_silent(0.3)  # subscription registered, nothing yet
        project = await create_project(api, workspace.token)
        created = await subscriber.next_event()
        assert created["type"] == "project.created" and created["entityId"] == project["id"]
        task = await create_task(api, workspace.token, project["id"])
        event = await subscriber.next_event()
        assert event["type"] == "task.created"
        assert event["entityType"] == "task"
        assert event["entityId"] == task["id"]
        assert event["projectId"] == project["id"]
        assert event["actorId"] == workspace.user_id
        assert event["occurredAt"].endswith("+00:00")
    finally:
        await subscriber.close()


async def test_refused_change_publishes_nothing(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token)
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS)
        await subscriber.assert_silent(0.3)
        refused = await api.data(
            workspace.token, TASKS_CREATE, {"projectId": project["id"], "title": " "}
        )
        assert refused["tasksCreate"]["errors"]
        await subscriber.assert_silent()
    finally:
        await subscriber.close()


async def test_other_organization_and_filters(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace, other_workspace: Workspace
) -> None:
    outsider = await SubscriptionClient.open(server.base_url, token=other_workspace.token)
    filtered = await SubscriptionClient.open(server.base_url, header_token=workspace.token)
    try:
        await outsider.subscribe(EVENTS)
        await filtered.subscribe(EVENTS, {"types": ["TASK_DELETED"]})
        await outsider.assert_silent(0.3)
        project = await create_project(api, workspace.token)
        task = await create_task(api, workspace.token, project["id"])
        await api.data(
            workspace.token,
            "mutation($t: ID!) { tasksDelete(taskId: $t) { errors { message } } }",
            {"t": task["id"]},
        )
        deleted = await filtered.next_event()
        assert (deleted["type"], deleted["entityId"]) == ("task.deleted", task["id"])
        await filtered.assert_silent(0.3)
        await outsider.assert_silent()
    finally:
        await outsider.close()
        await filtered.close()


async def test_private_space_events_never_reach_non_members(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    secret = await create_project(api, workspace.token, "Secret", visibility="PRIVATE")
    public = await create_project(api, workspace.token, "Public")
    subscriber = await SubscriptionClient.open(server.base_url, token=member.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["TASK_CREATED"]})
        await subscriber.assert_silent(0.3)
        await create_task(api, workspace.token, secret["id"])
        visible = await create_task(api, workspace.token, public["id"])
        event = await subscriber.next_event()
        assert event["entityId"] == visible["id"]
        await subscriber.assert_silent()
        # Access is re-checked per event: once added to the Space, its events arrive.
        add = "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { message } } }"
        await api.data(workspace.token, add, {"p": secret["id"], "u": member.user_id})
        now_visible = await create_task(api, workspace.token, secret["id"])
        assert (await subscriber.next_event())["entityId"] == now_visible["id"]
    finally:
        await subscriber.close()


async def test_subscribing_to_an_inaccessible_project_is_not_found(
    api: GraphQLClient, server: ServerProcess, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    secret = await create_project(api, workspace.token, "Secret", visibility="PRIVATE")
    subscriber = await SubscriptionClient.open(server.base_url, token=member.token)
    try:
        await subscriber.subscribe(EVENTS, {"projectId": secret["id"]})
        message = await subscriber.next_message()
        assert (
            message["type"] == "next"
            and message["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
        )
    finally:
        await subscriber.close()


async def _open_and_listen(server: ServerProcess, **credentials: str | None) -> None:
    client = await SubscriptionClient.open(server.base_url, **credentials)
    await client.next_message(2)


@pytest.mark.parametrize("bad_token", ["missing", "malformed", "unknown"])
async def test_connection_without_a_valid_token_is_refused(
    server: ServerProcess, bad_token: str
) -> None:
    token = {"missing": None, "malformed": "trcr_pat_nope", "unknown": tokens.generate()}[bad_token]
    with pytest.raises((RuntimeError, ConnectionClosed)):
        await _open_and_listen(server, token=token)


async def test_invalid_header_token_refuses_the_handshake(server: ServerProcess) -> None:
    with pytest.raises((InvalidStatus, ConnectionClosed, RuntimeError)):
        await _open_and_listen(server, header_token=tokens.generate())


async def test_websocket_from_a_foreign_origin_is_refused(
    server: ServerProcess, workspace: Workspace
) -> None:
    with pytest.raises(InvalidStatus) as refused:
        await SubscriptionClient.open(
            server.base_url, token=workspace.token, origin="https://evil.example"
        )
    assert refused.value.response.status_code == 403
    allowed = await SubscriptionClient.open(
        server.base_url, token=workspace.token, origin="http://localhost:3000"
    )
    await allowed.close()
