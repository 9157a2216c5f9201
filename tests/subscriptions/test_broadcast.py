"""The Broadcast wrapper itself: backend choice by URL, the subscribe race, ping and shutdown."""

from __future__ import annotations

import asyncio

import pytest
from broadcaster import Broadcast as UpstreamBroadcast

from subscriptions import Broadcast, create_broadcast
from subscriptions.backends.base import BackendUnavailableError, ReliableBackend
from subscriptions.backends.memory import MemoryBackend
from subscriptions.backends.postgres import PostgresBackend
from subscriptions.backends.redis import RedisBackend
from tests.subscriptions.support import TIMEOUT, receive, unique_channel


class SlowMemoryBackend(MemoryBackend):
    """Yields inside subscribe() like a network backend does, and counts membership calls."""

    def __init__(self) -> None:
        super().__init__()
        self.subscribe_calls = 0
        self.unsubscribe_calls = 0

    async def subscribe(self, channel: str) -> None:
        self.subscribe_calls += 1
        await asyncio.sleep(0.02)
        await super().subscribe(channel)

    async def unsubscribe(self, channel: str) -> None:
        self.unsubscribe_calls += 1
        await asyncio.sleep(0.02)
        await super().unsubscribe(channel)


class UnreachableBackend(MemoryBackend):
    async def ping(self) -> None:
        raise BackendUnavailableError("broker is down")


@pytest.mark.parametrize(
    ("url", "backend_type"),
    [
        ("memory://", MemoryBackend),
        ("redis://127.0.0.1:6379/0", RedisBackend),
        ("rediss://127.0.0.1:6380/0", RedisBackend),
        ("postgres://postgres@127.0.0.1/postgres", PostgresBackend),
        ("postgresql://postgres@127.0.0.1/postgres", PostgresBackend),
    ],
)
def test_create_broadcast_chooses_backend_by_scheme(url: str, backend_type: type) -> None:
    broadcast = create_broadcast(url)
    assert isinstance(broadcast, UpstreamBroadcast)
    assert isinstance(broadcast.backend, backend_type)
    assert isinstance(broadcast.backend, ReliableBackend)


@pytest.mark.parametrize("url", ["kafka://localhost:9092", "redis-stream://localhost", "nope"])
def test_create_broadcast_rejects_other_schemes(url: str) -> None:
    with pytest.raises(ValueError, match=r"supported: memory://, redis://, rediss://, postgres://"):
        create_broadcast(url)


async def test_racing_subscribers_share_one_backend_subscription() -> None:
    backend = SlowMemoryBackend()
    channel = unique_channel()
    async with Broadcast(backend=backend) as broadcast:
        entered = asyncio.Barrier(4)

        async def consume() -> str:
            async with broadcast.subscribe(channel) as subscriber:
                await entered.wait()
                return (await receive(subscriber)).message

        tasks = [asyncio.create_task(consume()) for _ in range(3)]
        await asyncio.wait_for(entered.wait(), TIMEOUT)
        await broadcast.publish(channel, "all of you")
        assert await asyncio.wait_for(asyncio.gather(*tasks), TIMEOUT) == ["all of you"] * 3
    assert (backend.subscribe_calls, backend.unsubscribe_calls) == (1, 1)


async def test_resubscribe_while_last_subscriber_leaves_keeps_channel() -> None:
    backend = SlowMemoryBackend()
    channel = unique_channel()
    async with Broadcast(backend=backend) as broadcast:
        leaving = broadcast.subscribe(channel)
        await leaving.__aenter__()
        # The last subscriber leaves while a new one arrives: the new one must still receive.
        exit_task = asyncio.create_task(leaving.__aexit__(None, None, None))
        async with broadcast.subscribe(channel) as arriving:
            await exit_task
            await broadcast.publish(channel, "still here")
            assert (await receive(arriving)).message == "still here"


async def test_memory_publish_before_connect_does_not_fail() -> None:
    broadcast = create_broadcast("memory://")
    await broadcast.publish(unique_channel(), "nobody listens yet")
    async with broadcast:
        channel = unique_channel()
        async with broadcast.subscribe(channel) as subscriber:
            await broadcast.publish(channel, "now")
            assert (await receive(subscriber)).message == "now"


async def test_ping_raises_when_not_connected_or_backend_down() -> None:
    broadcast = create_broadcast("memory://")
    with pytest.raises(BackendUnavailableError, match="not connected"):
        await broadcast.ping()
    async with Broadcast(backend=UnreachableBackend()) as down:
        with pytest.raises(BackendUnavailableError, match="broker is down"):
            await down.ping()


async def test_disconnect_ends_open_subscriptions() -> None:
    broadcast = create_broadcast("memory://")
    await broadcast.connect()
    channel = unique_channel()
    received: list[str] = []

    async def consume() -> None:
        async with broadcast.subscribe(channel) as subscriber:
            async for event in subscriber:
                received.append(event.message)

    task = asyncio.create_task(consume())
    await asyncio.sleep(0.01)
    await broadcast.publish(channel, "last")
    await asyncio.sleep(0.01)
    await broadcast.disconnect()
    await asyncio.wait_for(task, TIMEOUT)
    assert received == ["last"]
