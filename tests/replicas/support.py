"""What the replica tests share: a workspace owner, subscribers through the balancer, writers."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg
import httpx
from websockets.exceptions import ConnectionClosed, InvalidMessage, InvalidStatus

from tests.backend.support import create_project, create_task
from tests.balancer import trcr
from tests.support import GraphQLClient, SubscriptionClient

__all__ = ["create_project", "create_task"]

EVENTS = """
subscription($types: [EventType!], $projectId: ID) {
  events(types: $types, projectId: $projectId) { id sequence type entityType entityId }
}"""


@dataclass(frozen=True)
class Owner:
    organization_id: str
    user_id: str
    token: str


def create_owner(database_url: str) -> Owner:
    """`trcr init` on the database (it migrates it first)."""
    created = trcr(
        database_url,
        "init", "--org-name", f"Replicas {uuid.uuid4().hex[:6]}", "--email",
        f"owner-{uuid.uuid4().hex[:8]}@example.test", "--json",
    )  # fmt: skip
    return Owner(created["organization_id"], created["user_id"], created["token"])


async def open_subscribers(
    base_url: str, token: str, count: int, variables: dict[str, Any] | None = None
) -> list[SubscriptionClient]:
    """`count` WebSockets subscribed to `events`, each its own connection through `base_url`."""
    subscribers = []
    for _ in range(count):  # one after another, so round robin spreads them evenly
        subscriber = await SubscriptionClient.open(base_url, token=token)
        await subscriber.subscribe(EVENTS, variables)
        subscribers.append(subscriber)
    # Nothing arrives before a change: each subscription is registered on its replica.
    await asyncio.gather(*(subscriber.assert_silent(0.5) for subscriber in subscribers))
    return subscribers


async def receive(subscriber: SubscriptionClient, count: int, timeout: float = 20) -> list[Any]:
    """The next `count` events, then nothing more (no duplicate follows)."""
    events = [await subscriber.next_event(timeout) for _ in range(count)]
    await subscriber.assert_silent(1.0)
    return events


async def close_all(*clients: SubscriptionClient | GraphQLClient) -> None:
    for client in clients:
        await client.close()


EVENTS_AFTER = """
subscription($after: Int) {
  events(after: $after) { id sequence type entityType entityId }
}"""


class ResumingSubscriber:
    """A client as the contract asks one to be: it remembers the last sequence it saw and, when
    its WebSocket drops (a replica killed, a deploy), reconnects through the balancer with
    `events(after: last)`. Records every event it received, in order."""

    def __init__(self, base_url: str, token: str, after: int) -> None:
        self.base_url = base_url
        self.token = token
        self.last = after
        self.events: list[dict[str, Any]] = []
        self.reconnects = 0
        self.close_codes: list[int | None] = []
        self.connected = asyncio.Event()

    @property
    def sequences(self) -> list[int]:
        return [int(event["sequence"]) for event in self.events]

    async def run(self, stop_at: asyncio.Future[int]) -> None:
        """Receive until the last sequence seen reaches the one `stop_at` resolves to."""
        while not (stop_at.done() and self.last >= stop_at.result()):
            try:
                client = await SubscriptionClient.open(self.base_url, token=self.token)
            except (OSError, InvalidStatus, InvalidMessage, RuntimeError, TimeoutError):
                await asyncio.sleep(0.2)  # the balancer has no replica ready yet
                continue
            try:
                await client.subscribe(EVENTS_AFTER, {"after": self.last})
                self.connected.set()
                await self._receive(client, stop_at)
            except ConnectionClosed as closed:
                self.close_codes.append(closed.rcvd.code if closed.rcvd else None)
                self.reconnects += 1
            finally:
                await client.close()

    async def _receive(self, client: SubscriptionClient, stop_at: asyncio.Future[int]) -> None:
        while not (stop_at.done() and self.last >= stop_at.result()):
            try:
                message = await client.next_message(timeout=0.5)
            except TimeoutError:
                continue
            if message["type"] != "next":  # the server ended the subscription: resume
                self.close_codes.append(None)
                self.reconnects += 1
                return
            event: dict[str, Any] = message["payload"]["data"]["events"]
            self.events.append(event)
            self.last = max(self.last, int(event["sequence"]))


async def latest_sequence(database_url: str, organization_id: str) -> int:
    """The organization's last committed sequence (0 before its first event)."""
    connection = await asyncpg.connect(database_url)
    try:
        value = await connection.fetchval(
            "SELECT coalesce(max(sequence), 0) FROM event_outbox WHERE organization_id = $1",
            organization_id,
        )
    finally:
        await connection.close()
    return int(value)


async def write_tasks(
    api: GraphQLClient, token: str, project_id: str, count: int, prefix: str
) -> list[str]:
    """`count` tasks created one after another; a refused or cut request is tried again (as a
    client would: the answer never came). The ids the server acknowledged."""
    acknowledged: list[str] = []
    while len(acknowledged) < count:
        try:
            task = await create_task(api, token, project_id, title=f"{prefix} {len(acknowledged)}")
        except (AssertionError, httpx.HTTPError):
            await asyncio.sleep(0.1)
            continue
        acknowledged.append(task["id"])
    return acknowledged
