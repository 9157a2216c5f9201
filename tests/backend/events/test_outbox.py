"""The transactional outbox end to end: real servers, real WebSocket clients, the real database.

Events carry an id and their organization's sequence; a subscriber receives them in order and
once; `events(after: N)` replays what it missed; past the retention window it gets
`stream.resync`; a change that rolls back leaves neither an event nor a hole in the numbering.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import pytest_asyncio

from backend.core.unit_of_work import unit_of_work
from backend.events import outbox
from backend.events.models import EventOutboxEntry
from backend.projects.events import ProjectEvent
from tests.backend.support import create_project
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess, SubscriptionClient

EVENTS = """
subscription($types: [EventType!], $after: Int) {
  events(types: $types, after: $after) { id sequence type entityType entityId }
}"""

# How long a test waits for the server's relay or pruning (generous: a loaded machine is slow).
PATIENCE_SECONDS = 30.0


async def stored(organization_id: str) -> list[tuple[int, str, str]]:
    """The organization's outbox rows: (sequence, type, event id), in sequence order."""
    rows = (
        await EventOutboxEntry.filter(organization_id=UUID(organization_id))
        .order_by("sequence")
        .values_list("sequence", "type", "id")
    )
    return [
        (int(sequence), str(kind), UUID(str(event_id)).hex) for sequence, kind, event_id in rows
    ]


async def eventually(check: Any, what: str) -> None:
    """Wait until the async `check()` is true (the relay and pruning run on their own clock)."""
    deadline = asyncio.get_running_loop().time() + PATIENCE_SECONDS
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        await asyncio.sleep(0.1)


async def project_events(client: SubscriptionClient, count: int) -> list[dict[str, Any]]:
    return [await client.next_event(timeout=15) for _ in range(count)]


async def test_events_carry_their_outbox_id_and_sequence_in_order(
    server: ServerProcess, api: GraphQLClient, workspace: Workspace
) -> None:
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await subscriber.assert_silent(0.5)
        made = [(await create_project(api, workspace.token, f"Seq {n}"))["id"] for n in range(3)]
        received = await project_events(subscriber, 3)
        assert [event["entityId"] for event in received] == made
        sequences = [event["sequence"] for event in received]
        assert sequences == sorted(sequences) and len(set(sequences)) == 3
        # The very rows the unit of work stored: same id, same number, same type.
        rows = {
            sequence: (kind, event_id)
            for sequence, kind, event_id in await stored(workspace.organization_id)
        }
        for event in received:
            assert rows[event["sequence"]] == ("project.created", event["id"])
        await subscriber.assert_silent(0.5)
    finally:
        await subscriber.close()


async def test_after_replays_exactly_the_missed_events_then_continues_live(
    server: ServerProcess, api: GraphQLClient, workspace: Workspace
) -> None:
    made = [(await create_project(api, workspace.token, f"Missed {n}"))["id"] for n in range(3)]
    rows = [row for row in await stored(workspace.organization_id) if row[1] == "project.created"]
    first_seen = rows[-3][0]
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"], "after": first_seen})
        replayed = await project_events(subscriber, 2)
        assert [event["entityId"] for event in replayed] == made[1:]
        assert [event["sequence"] for event in replayed] == [row[0] for row in rows[-2:]]
        live = await create_project(api, workspace.token, "Live")
        (event,) = await project_events(subscriber, 1)
        assert (event["entityId"], event["sequence"] > replayed[-1]["sequence"]) == (
            live["id"],
            True,
        )
        await subscriber.assert_silent(0.5)  # nothing replayed twice, nothing live twice
    finally:
        await subscriber.close()


async def test_rollback_leaves_no_event_and_no_gap(workspace: Workspace) -> None:
    before = await outbox.latest_sequence(workspace.organization_id)
    rows_before = await stored(workspace.organization_id)

    async def change_then_fail() -> None:
        async with unit_of_work(workspace.principal()) as uow:
            uow.record(ProjectEvent.UPDATED, workspace.organization_id)
            raise RuntimeError("changed my mind")

    with pytest.raises(RuntimeError, match="changed my mind"):
        await change_then_fail()
    assert await outbox.latest_sequence(workspace.organization_id) == before
    assert await stored(workspace.organization_id) == rows_before
    async with unit_of_work(workspace.principal()) as uow:
        uow.record(ProjectEvent.UPDATED, workspace.organization_id)
    assert [event.sequence for event in uow.events] == [before + 1]
    assert (await stored(workspace.organization_id))[-1][0] == before + 1


async def test_concurrent_writers_of_one_organization_get_each_number_once(
    workspace: Workspace,
) -> None:
    before = await outbox.latest_sequence(workspace.organization_id)

    async def write_one(n: int) -> int:
        async with unit_of_work(workspace.principal()) as uow:
            uow.record(ProjectEvent.UPDATED, f"writer-{n}")
        return uow.events[0].sequence

    given = await asyncio.gather(*(write_one(n) for n in range(20)))
    assert sorted(given) == list(range(before + 1, before + 21))
    assert [row[0] for row in await stored(workspace.organization_id)][-20:] == sorted(given)


@pytest.fixture
def short_retention_server(database: Database, tmp_path: Path) -> Iterator[ServerProcess]:
    """A server whose relay prunes published events after one second."""
    server = ServerProcess(database.url, env={"TRCR_EVENT_RETENTION_SECONDS": "1"})
    server.start(tmp_path)
    try:
        yield server
    finally:
        server.stop()


async def test_a_cursor_past_retention_gets_resync_then_live_events(
    short_retention_server: ServerProcess, workspace: Workspace
) -> None:
    api = GraphQLClient(short_retention_server.base_url)
    subscriber = await SubscriptionClient.open(
        short_retention_server.base_url, token=workspace.token
    )
    try:
        await create_project(api, workspace.token, "Soon forgotten")

        async def pruned() -> bool:
            return await stored(workspace.organization_id) == []

        await eventually(pruned, "the relay prunes published events past the retention window")
        latest = await outbox.latest_sequence(workspace.organization_id)
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"], "after": 0})
        signal = await subscriber.next_event(timeout=15)
        assert signal["type"] == "stream.resync"  # whatever the types filter says
        assert (signal["entityType"], signal["entityId"], signal["sequence"]) == (
            "stream",
            workspace.organization_id,
            latest,
        )
        made = await create_project(api, workspace.token, "After the resync")
        event = await subscriber.next_event(timeout=15)
        assert (event["entityId"], event["sequence"] > latest) == (made["id"], True)
    finally:
        await subscriber.close()
        await api.close()


async def test_after_must_not_be_negative(server: ServerProcess, workspace: Workspace) -> None:
    subscriber = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        await subscriber.subscribe(EVENTS, {"after": -1})
        message = await subscriber.next_message()
        assert message["type"] in {"next", "error"}, message
        assert "after must be 0 or more" in str(message["payload"]), message
    finally:
        await subscriber.close()


@pytest_asyncio.fixture
async def idle_relay_server(database: Database, tmp_path: Path) -> AsyncIterator[ServerProcess]:
    """A server whose relay polls once an hour: only its own commits wake it."""
    # What earlier tests committed in this process counts as relayed: the server starts ready.
    await EventOutboxEntry.filter(published_at__isnull=True).update(published_at=datetime.now(UTC))
    server = ServerProcess(
        database.url,
        env={"TRCR_RELAY_POLL_SECONDS": "3600", "TRCR_OUTBOX_MAX_LAG_SECONDS": "5"},
    )
    server.start(tmp_path)
    try:
        yield server
    finally:
        server.stop()


async def test_readyz_reports_an_outbox_that_falls_behind_until_the_relay_catches_up(
    idle_relay_server: ServerProcess, workspace: Workspace
) -> None:
    api = GraphQLClient(idle_relay_server.base_url)
    try:
        # Committed by another process (this one), so the server's relay is not woken; aged
        # past the limit as if the relay had been stuck for ten minutes.
        async with unit_of_work(workspace.principal()) as uow:
            uow.record(ProjectEvent.CREATED, workspace.organization_id)
        await EventOutboxEntry.filter(published_at__isnull=True).update(
            created_at=datetime.now(UTC) - timedelta(minutes=10)
        )
        behind = await api.http.get("/readyz")
        assert behind.status_code == 503
        assert behind.json()["outbox"].startswith("unavailable: 6"), behind.json()
        assert "limit 5 s" in behind.json()["outbox"]
        assert (behind.json()["database"], behind.json()["broker"]) == ("ok", "ok")
        # The server's own next commit wakes its relay, which relays everything pending.
        await create_project(api, workspace.token, "Wakes the relay")

        async def drained() -> bool:
            return (await api.http.get("/readyz")).status_code == 200

        await eventually(drained, "the relay publishes the aged event and /readyz recovers")
        assert await outbox.pending() == 0
    finally:
        await api.close()
