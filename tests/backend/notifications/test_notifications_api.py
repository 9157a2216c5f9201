"""The notification tools: only the recipient sees or changes a notification, live over WebSocket."""

from __future__ import annotations

import asyncio

import pytest

from backend.core.errors import NotFound
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.notifications import service
from backend.notifications.kinds import NotificationKind
from backend.notifications.models import Notification
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from tests.conftest import Workspace
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient


async def _notify(principal: Principal, text: str) -> Notification:
    return await Notification.create(
        organization_id=principal.organization_id,
        recipient_id=principal.user_id,
        kind=NotificationKind.TASK_MOVED,
        entity_type="task",
        entity_id="7d3f2c1e-0000-4000-8000-000000000001",
        text=text,
    )


async def test_list_count_mark_read_mark_all_and_dismiss_act_on_your_own_only(
    workspace: Workspace,
) -> None:
    ada = workspace.principal(Role.MEMBER, (await workspace.add_member(Role.MEMBER)).user_id)
    owner = workspace.principal()
    first, second, third = [await _notify(ada, text) for text in ("one", "two", "three")]
    theirs = await _notify(owner, "the owner's")

    listed = await service.list_notifications(ada)
    assert [n.text for n in listed.items] == ["three", "two", "one"]  # newest first
    assert (await service.unread_count(ada)).unread_count == 3

    marked = await service.mark_read(ada, notification_ids=[str(first.id)])
    assert (marked.unread_count, marked.changed) == (2, 1)
    unread = await service.list_notifications(ada, unread_only=True)
    assert [n.text for n in unread.items] == ["three", "two"]

    # Someone else's notification is "not found", whatever the tool
    with pytest.raises(NotFound):
        await service.mark_read(ada, notification_ids=[str(second.id), str(theirs.id)])
    with pytest.raises(NotFound):
        await service.dismiss(ada, notification_id=str(theirs.id))
    assert (await Notification.get(id=theirs.id)).read_at is None
    assert (await Notification.get(id=second.id)).read_at is None  # the refused call did nothing

    dismissed = await service.dismiss(ada, notification_id=str(third.id))
    assert dismissed.dismissed_at is not None
    assert [n.text for n in (await service.list_notifications(ada)).items] == ["two", "one"]

    everything = await service.mark_all_read(ada)
    assert (everything.unread_count, everything.changed) == (0, 1)
    assert (await service.unread_count(owner)).unread_count == 1  # the owner's is untouched


UNREAD = "subscription { notificationsUnreadCount { unreadCount } }"
CREATED = "subscription { events(types: [NOTIFICATION_CREATED]) { type entityType entityId } }"
ASSIGN = """mutation($t: ID!, $u: ID!) { tasksAssign(taskId: $t, userId: $u) {
  result { id } errors { code message } } }"""
MARK_ALL = (
    "mutation { notificationsMarkAllRead { result { unreadCount changed } errors { code } } }"
)


async def _count(client: SubscriptionClient) -> int:
    message = await client.next_message(timeout=10)
    assert message["type"] == "next", message
    count: int = message["payload"]["data"]["notificationsUnreadCount"]["unreadCount"]
    return count


async def test_the_recipient_alone_receives_the_notification_and_a_live_unread_count(
    server: ServerProcess, api: GraphQLClient, workspace: Workspace
) -> None:
    # Given Ada (the recipient) and Bob (another member) subscribed over real WebSockets
    ada = await workspace.add_member(Role.MEMBER)
    bob = await workspace.add_member(Role.MEMBER)
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Live")
    task = await tasks_service.create_task(owner, project_id=str(project.id), title="Live")
    ada_count = await SubscriptionClient.open(server.base_url, token=ada.token)
    ada_events = await SubscriptionClient.open(server.base_url, token=ada.token)
    bob_events = await SubscriptionClient.open(server.base_url, token=bob.token)
    try:
        await ada_count.subscribe(UNREAD)
        assert await _count(ada_count) == 0
        await ada_events.subscribe(CREATED)
        await bob_events.subscribe(CREATED)
        await asyncio.sleep(0.3)  # the subscriptions are listening

        # When the owner assigns Ada through /graphql
        assigned = await api.data(workspace.token, ASSIGN, {"t": str(task.id), "u": ada.user_id})
        assert assigned["tasksAssign"]["errors"] == []

        # Then Ada's count goes to 1 and she alone gets notification.created
        assert await _count(ada_count) == 1
        event = await ada_events.next_event(timeout=10)
        notification = await Notification.get(recipient_id=ada.user_id)
        assert event == {
            "type": "notification.created",
            "entityType": "notification",
            "entityId": str(notification.id),
        }
        await bob_events.assert_silent()

        # And reading them all brings her count back to 0, live
        read = await api.data(ada.token, MARK_ALL)
        assert read["notificationsMarkAllRead"]["result"] == {"unreadCount": 0, "changed": 1}
        assert await _count(ada_count) == 0
    finally:
        for client in (ada_count, ada_events, bob_events):
            await client.close()


PREFERENCES = """mutation($kinds: [NotificationKind!], $week: WeekStart, $clear: Boolean! = false) {
  usersUpdatePreferences(notificationKinds: $kinds, weekStart: $week, clearWeekStart: $clear) {
    result { notificationKinds weekStart } errors { code message } } }"""


async def test_users_update_preferences_sets_kinds_and_week_start(
    api: GraphQLClient, workspace: Workspace
) -> None:
    data = await api.data(
        workspace.token, PREFERENCES, {"kinds": ["TASK_ASSIGNED", "MENTIONED"], "week": "SUNDAY"}
    )
    result = data["usersUpdatePreferences"]["result"]
    assert result == {"notificationKinds": ["TASK_ASSIGNED", "MENTIONED"], "weekStart": "SUNDAY"}
    # Omitted kinds stay as they are; clear_week_start follows the organization again
    data = await api.data(workspace.token, PREFERENCES, {"clear": True})
    result = data["usersUpdatePreferences"]["result"]
    assert result == {"notificationKinds": ["TASK_ASSIGNED", "MENTIONED"], "weekStart": None}
