"""Delivery under faults, on real servers, a real Redis and real WebSocket clients: a broker
outage loses nothing, republished events are not delivered twice, a slow subscriber is cut off
with 4008 while the others keep receiving, and two relays on one PostgreSQL never both publish
an event."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from uuid import UUID

import pytest
from websockets.exceptions import ConnectionClosed

from backend.core.unit_of_work import unit_of_work
from backend.events.models import EventOutboxEntry
from backend.projects.events import ProjectEvent
from subscriptions import EventMessage, create_broadcast, organization_channel
from tests.backend.events.test_outbox import EVENTS, eventually
from tests.backend.support import create_project
from tests.conftest import Workspace
from tests.subscriptions.test_redis import PrivateRedis, private_redis  # noqa: F401  (fixture)
from tests.support import Database, GraphQLClient, ServerProcess, SubscriptionClient, require_redis

pytestmark = pytest.mark.redis


async def record_events(
    workspace: Workspace, entity_id: str, count: int, per_unit: int = 50
) -> None:
    """`count` project.created events about one real Space, committed in this process (the
    servers' relays find them by polling, as they find any other replica's)."""
    for start in range(0, count, per_unit):
        async with unit_of_work(workspace.principal()) as uow:
            for _ in range(min(per_unit, count - start)):
                uow.record(ProjectEvent.CREATED, entity_id, project_id=entity_id)


async def all_published(organization_id: str) -> bool:
    return not await EventOutboxEntry.filter(
        organization_id=UUID(organization_id), published_at__isnull=True
    ).exists()


@pytest.fixture
def redis_server(
    database: Database,
    tmp_path: Path,
    private_redis: PrivateRedis,  # noqa: F811
) -> Iterator[tuple[ServerProcess, PrivateRedis]]:
    server = ServerProcess(database.url, private_redis.url)
    server.start(tmp_path)
    try:
        yield server, private_redis
    finally:
        server.stop()


async def test_events_written_during_a_broker_outage_arrive_in_order_once(
    redis_server: tuple[ServerProcess, PrivateRedis], workspace: Workspace
) -> None:
    server, redis = redis_server
    api = GraphQLClient(server.base_url)
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await subscriber.assert_silent(0.5)
        await redis.kill()
        # The changes commit (the outbox is in the database); only relaying waits.
        made = [(await create_project(api, workspace.token, f"Down {n}"))["id"] for n in range(3)]
        await redis.start()
        received = [await subscriber.next_event(timeout=30) for _ in made]
        assert [event["entityId"] for event in received] == made
        sequences = [event["sequence"] for event in received]
        assert sequences == sorted(set(sequences))
        await eventually(
            lambda: all_published(workspace.organization_id), "the relay publishes the backlog"
        )
        await subscriber.assert_silent(1.0)  # the relayed copies were dropped as duplicates
    finally:
        await subscriber.close()
        await api.close()


@pytest.fixture
def shared_redis_server(database: Database, tmp_path: Path) -> Iterator[ServerProcess]:
    server = ServerProcess(database.url, require_redis())
    server.start(tmp_path)
    try:
        yield server
    finally:
        server.stop()


async def test_a_republished_event_is_delivered_once(
    shared_redis_server: ServerProcess, workspace: Workspace
) -> None:
    server = shared_redis_server
    api = GraphQLClient(server.base_url)
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await subscriber.assert_silent(0.5)
        first = await create_project(api, workspace.token, "Once")
        event = await subscriber.next_event(timeout=15)
        assert event["entityId"] == first["id"]
        row = await EventOutboxEntry.get(id=UUID(event["id"]))
        # A relay that died after publishing and before stamping: its row is relayed again,
        # and another copy reaches the broker directly.
        await EventOutboxEntry.filter(id=row.id).update(published_at=None)
        async with create_broadcast(require_redis()) as broadcast:
            await broadcast.publish(organization_channel(workspace.organization_id), row.message)
        await eventually(
            lambda: all_published(workspace.organization_id), "the relay republishes the row"
        )
        await subscriber.assert_silent(1.0)
        second = await create_project(api, workspace.token, "Next")
        event = await subscriber.next_event(timeout=15)
        assert event["entityId"] == second["id"]
    finally:
        await subscriber.close()
        await api.close()


@pytest.fixture
def small_queue_server(database: Database, tmp_path: Path) -> Iterator[ServerProcess]:
    server = ServerProcess(database.url, env={"TRCR_SUBSCRIBER_QUEUE": "5"})
    server.start(tmp_path)
    try:
        yield server
    finally:
        server.stop()


async def read_until_closed(client: SubscriptionClient) -> None:
    """Read what the server sent until it closes the socket (raises ConnectionClosed)."""
    while True:
        await asyncio.wait_for(client.connection.recv(), 30)


async def outbox_sequences(workspace: Workspace, event_type: str) -> list[int]:
    return [
        int(sequence)
        for sequence in await EventOutboxEntry.filter(
            organization_id=UUID(workspace.organization_id), type=event_type
        )
        .order_by("sequence")
        .values_list("sequence", flat=True)
    ]


async def test_a_subscriber_that_falls_behind_is_closed_with_4008_and_delivery_goes_on(
    small_queue_server: ServerProcess, workspace: Workspace
) -> None:
    server = small_queue_server
    api = GraphQLClient(server.base_url)
    project = await create_project(api, workspace.token, "Busy")
    behind = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await behind.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await behind.assert_silent(0.5)
        # One commit of 300 events reaches the server's hub at once; this subscriber checks
        # each event's visibility in turn, so its queue of 5 overflows.
        await record_events(workspace, project["id"], 300, per_unit=300)
        with pytest.raises(ConnectionClosed) as closed:
            await read_until_closed(behind)
        frame = closed.value.rcvd
        assert frame is not None
        assert (frame.code, frame.reason) == (
            4008,
            "subscriber fell behind; reconnect with events(after: <last sequence you saw>)",
        )
    finally:
        await behind.close()
    # The server's delivery goes on: a subscriber resuming from the start of the burst gets
    # all of it (replayed from the outbox, in order), then live events.
    first = (await outbox_sequences(workspace, "project.created"))[-300]
    resumed = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await resumed.subscribe(EVENTS, {"types": ["PROJECT_CREATED"], "after": first - 1})
        received = [await resumed.next_event(timeout=30) for _ in range(300)]
        assert [event["sequence"] for event in received] == list(range(first, first + 300))
        live = await create_project(api, workspace.token, "After the burst")
        event = await resumed.next_event(timeout=15)
        assert event["entityId"] == live["id"]
    finally:
        await resumed.close()
        await api.close()


@pytest.fixture
def relay_pair(
    database: Database,
    tmp_path: Path,
    private_redis: PrivateRedis,  # noqa: F811
) -> Iterator[tuple[ServerProcess, ServerProcess, PrivateRedis]]:
    if database.kind != "postgres":
        pytest.skip("replicas share a PostgreSQL database; SQLite is the single-process deployment")
    # Eager relays: both poll often, so they contend for the same rows.
    env = {"TRCR_RELAY_POLL_SECONDS": "0.02"}
    first = ServerProcess(database.url, private_redis.url, env=env)
    second = ServerProcess(database.url, private_redis.url, env=env)
    first.start(tmp_path)
    try:
        second.start(tmp_path)
        yield first, second, private_redis
    finally:
        first.stop()
        second.stop()


@pytest.fixture
async def channel_listener(
    relay_pair: tuple[ServerProcess, ServerProcess, PrivateRedis], workspace: Workspace
) -> AsyncIterator[list[EventMessage]]:
    """Every message the broker carries on the workspace's channel."""
    seen: list[EventMessage] = []
    redis = relay_pair[2]
    async with (
        create_broadcast(redis.url) as broadcast,
        broadcast.subscribe(organization_channel(workspace.organization_id)) as stream,
    ):

        async def listen() -> None:
            async for raw in stream:
                seen.append(EventMessage.from_json(raw.message))

        task = asyncio.create_task(listen())
        try:
            yield seen
        finally:
            task.cancel()


async def test_two_relays_on_one_database_never_publish_an_event_twice(
    relay_pair: tuple[ServerProcess, ServerProcess, PrivateRedis],
    workspace: Workspace,
    channel_listener: list[EventMessage],
) -> None:
    first, _, _ = relay_pair
    api = GraphQLClient(first.base_url)
    try:
        project = await create_project(api, workspace.token, "Contended")
    finally:
        await api.close()
    count = 300
    await record_events(workspace, project["id"], count, per_unit=1)

    async def everything_relayed() -> bool:
        return await all_published(workspace.organization_id)

    await eventually(everything_relayed, "both relays drain the outbox")
    stored = set(
        await EventOutboxEntry.filter(organization_id=UUID(workspace.organization_id)).values_list(
            "sequence", flat=True
        )
    )

    async def every_row_heard() -> bool:
        return stored <= {message.sequence for message in channel_listener}

    await eventually(every_row_heard, "the broker carries every stored event")
    per_sequence = Counter(message.sequence for message in channel_listener)
    assert len([m for m in channel_listener if m.type == "project.created"]) >= count
    assert [sequence for sequence, times in per_sequence.items() if times > 1] == []
