"""What the replica tests share: a workspace owner, subscribers through the balancer, writers."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import Any

from tests.backend.support import EVENTS, create_project, create_task
from tests.balancer import trcr
from tests.support import GraphQLClient, SubscriptionClient

__all__ = ["EVENTS", "create_project", "create_task"]


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
