"""Visibility judged on facts shared by the process: the SQL an event costs does not grow with
the number of its subscribers, cold or warm, and access changes still apply by the next event."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
import pytest_asyncio
from tortoise import connections

from backend.chat import service as chat_service
from backend.core import db
from backend.core.event_facts import FACTS, SharedFacts
from backend.core.permissions import Role
from backend.events.access import SubscriberAccess
from backend.invoices.events import InvoiceEvent
from backend.projects import service as projects_service
from backend.projects.models import Visibility
from backend.tasks import service as tasks_service
from backend.users.authentication import authenticate
from subscriptions import EventMessage
from tests.conftest import Workspace
from tests.support import Database, QueryCounter

FEW = 2
MANY = 24


@pytest.fixture
def counter(database: Database) -> Iterator[QueryCounter]:
    with QueryCounter(connections.get(db.connection_name(database.url))) as counting:
        yield counting


@dataclass
class Crowd:
    workspace: Workspace
    members: list[Workspace]

    async def subscribers(self, count: int) -> list[SubscriberAccess]:
        return [SubscriberAccess(await authenticate(m.token)) for m in self.members[:count]]


@pytest_asyncio.fixture
async def crowd(workspace: Workspace) -> Crowd:
    return Crowd(workspace, [await workspace.add_member(Role.MEMBER) for _ in range(MANY)])


async def _deliver(access: SubscriberAccess, event: EventMessage) -> bool:
    """What the subscription does per event, in order."""
    access.observe(event)
    await access.refresh()
    return await access.can_see(event)


async def _fan_out(
    counter: QueryCounter, subscribers: list[SubscriberAccess], event: EventMessage
) -> tuple[int, list[bool]]:
    """One event judged by every subscriber at once, as a process's subscriptions do: the
    queries it cost and who saw it."""
    before = counter.count
    seen = await asyncio.gather(*(_deliver(access, event) for access in subscribers))
    return counter.count - before, list(seen)


async def _costs(
    counter: QueryCounter, crowd: Crowd, count: int, cold: EventMessage, warm: EventMessage
) -> tuple[int, int, list[bool]]:
    """Queries of a cold event (nothing shared yet, subscriptions just opened), then of a warm
    one, for `count` subscribers; and who saw the warm event."""
    FACTS.clear()
    subscribers = await crowd.subscribers(count)
    cold_queries, _ = await _fan_out(counter, subscribers, cold)
    warm_queries, seen = await _fan_out(counter, subscribers, warm)
    return cold_queries, warm_queries, seen


def _by(events: list[EventMessage], event_type: str) -> list[EventMessage]:
    return [event for event in events if event.type == event_type]


async def test_task_events_cost_the_same_for_2_and_24_subscribers(
    crowd: Crowd, counter: QueryCounter, published: list[EventMessage]
) -> None:
    owner = crowd.workspace.principal()
    project = await projects_service.create_project(owner, name="Crowded")
    for title in ("first", "second", "third", "fourth"):
        await tasks_service.create_task(owner, project_id=str(project.id), title=title)
    created = _by(published, "task.created")

    few = await _costs(counter, crowd, FEW, created[0], created[1])
    many = await _costs(counter, crowd, MANY, created[2], created[3])
    assert few[:2] == many[:2]
    assert many[:2] == (3, 0)  # cold: roster, live tokens, the Space's readers; warm: none
    assert many[2] == [True] * MANY


async def test_chat_message_events_cost_the_same_for_2_and_24_subscribers(
    crowd: Crowd, counter: QueryCounter, published: list[EventMessage]
) -> None:
    owner = crowd.workspace.principal()
    channel = await chat_service.create_channel(owner, name="general")
    for body in ("one", "two", "three", "four"):
        await chat_service.send_message(owner, channel_id=str(channel.id), body=body)
    sent = _by(published, "chat_message.created")

    few = await _costs(counter, crowd, FEW, sent[0], sent[1])
    many = await _costs(counter, crowd, MANY, sent[2], sent[3])
    assert few[:2] == many[:2]
    # Cold: roster, tokens, the message's channel, the channel's readers; warm: the channel.
    assert many[:2] == (4, 1)
    assert many[2] == [True] * MANY


async def test_private_channel_events_reach_its_members_only_whatever_the_crowd(
    crowd: Crowd, counter: QueryCounter, published: list[EventMessage]
) -> None:
    owner = crowd.workspace.principal()
    insider = crowd.members[0]
    channel = await chat_service.create_channel(
        owner, name="hush", private=True, member_ids=[insider.user_id]
    )
    for body in ("one", "two"):
        await chat_service.send_message(owner, channel_id=str(channel.id), body=body)
    sent = _by(published, "chat_message.created")
    subscribers = await crowd.subscribers(MANY)
    await _fan_out(counter, subscribers, sent[0])

    queries, seen = await _fan_out(counter, subscribers, sent[1])
    assert queries == 1  # the message's channel; its readers are shared
    assert seen == [True] + [False] * (MANY - 1)

    # Leaving forgets the channel's readers once, for every subscriber of the process.
    await chat_service.remove_channel_member(
        owner, channel_id=str(channel.id), user_id=insider.user_id
    )
    (removed,) = _by(published, "chat_channel.member_removed")
    queries, _ = await _fan_out(counter, subscribers, removed)
    assert queries == 1  # the channel's readers, re-read once whoever observes the change
    await chat_service.send_message(owner, channel_id=str(channel.id), body="after")
    after = _by(published, "chat_message.created")[-1]
    queries, seen = await _fan_out(counter, subscribers, after)
    assert queries == 1  # the message's channel
    assert seen == [False] * MANY


async def test_notification_events_cost_the_same_for_2_and_24_subscribers(
    crowd: Crowd, counter: QueryCounter, published: list[EventMessage]
) -> None:
    owner = crowd.workspace.principal()
    project = await projects_service.create_project(owner, name="Assigned")
    recipient = crowd.members[0]
    for title in ("first", "second", "third", "fourth"):
        task = await tasks_service.create_task(owner, project_id=str(project.id), title=title)
        await tasks_service.assign(owner, task_id=str(task.id), user_id=recipient.user_id)
    notified = _by(published, "notification.created")
    assert len(notified) == 4

    few = await _costs(counter, crowd, FEW, notified[0], notified[1])
    many = await _costs(counter, crowd, MANY, notified[2], notified[3])
    assert few[:2] == many[:2]
    assert many[:2] == (3, 1)  # cold: roster, tokens, the recipient; warm: the recipient
    assert many[2] == [True] + [False] * (MANY - 1)


def _invoice_event(workspace: Workspace) -> EventMessage:
    # Billing visibility reads nothing but the subscriber's role: a synthetic event suffices.
    return EventMessage(
        type=InvoiceEvent.CREATED.value,  # imported: an undeclared type is seen by nobody
        organization_id=workspace.organization_id,
        entity_type="invoice",
        entity_id="8f4c8a43-7a7a-4f47-9a39-9d1b2d7a0c11",
        project_id=None,
        actor_id=workspace.user_id,
        occurred_at=datetime.now(UTC),
    )


async def test_billing_events_cost_the_same_for_2_and_24_subscribers(
    crowd: Crowd, counter: QueryCounter
) -> None:
    admin = await crowd.workspace.add_member(Role.ADMIN)
    crowd.members.insert(0, admin)  # one subscriber who manages billing
    event = _invoice_event(crowd.workspace)

    few = await _costs(counter, crowd, FEW, event, event)
    many = await _costs(counter, crowd, MANY, event, event)
    assert few[:2] == many[:2] == (2, 0)  # cold: roster and tokens; warm: none
    assert many[2] == [True] + [False] * (MANY - 1)


async def test_a_space_access_change_is_re_read_once_for_all_subscribers(
    crowd: Crowd, counter: QueryCounter, published: list[EventMessage]
) -> None:
    owner = crowd.workspace.principal()
    secret = await projects_service.create_project(
        owner, name="Secret", visibility=Visibility.PRIVATE
    )
    insider = crowd.members[0]
    await projects_service.add_member(owner, project_id=str(secret.id), user_id=insider.user_id)
    for title in ("before", "after"):
        await tasks_service.create_task(owner, project_id=str(secret.id), title=title)
    before, after = _by(published, "task.created")
    subscribers = await crowd.subscribers(MANY)
    _, seen = await _fan_out(counter, subscribers, before)
    assert seen == [True] + [False] * (MANY - 1)

    await projects_service.remove_member(owner, project_id=str(secret.id), user_id=insider.user_id)
    (removed,) = _by(published, "project_member.removed")
    queries, _ = await _fan_out(counter, subscribers, removed)
    assert queries == 1  # the Space's readers, once, whoever observes the change
    queries, seen = await _fan_out(counter, subscribers, after)
    assert queries == 0
    assert seen == [False] * MANY


async def test_a_read_that_started_before_a_change_is_not_kept() -> None:
    facts = SharedFacts()
    release = asyncio.Event()
    reads: list[str] = []

    async def read() -> str:
        reads.append("read")
        await release.wait()
        return f"value {len(reads)}"

    first = asyncio.create_task(facts.get(("space", "x"), read))
    joined = asyncio.create_task(facts.get(("space", "x"), read))  # single flight: same read
    await asyncio.sleep(0)
    facts.forget_once("the change", [("space", "x")])
    facts.forget_once("the change", [("space", "x")])  # a second observer: nothing more
    release.set()
    assert await first == await joined == "value 1"
    assert reads == ["read"]
    # The read predates the change, so it was not kept: the next lookup reads again, once.
    assert await facts.get(("space", "x"), read) == "value 2"
    assert await facts.get(("space", "x"), read) == "value 2"
    assert reads == ["read", "read"]
