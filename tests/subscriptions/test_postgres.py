"""PostgreSQL backend: concurrent publishes, the payload limit, and recovery of the listener."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import asyncpg
import pytest

from subscriptions import Broadcast
from subscriptions.backends.base import BackendUnavailableError
from subscriptions.backends.postgres import MAX_PAYLOAD_BYTES, PostgresBackend
from tests.subscriptions.support import TIMEOUT, receive, unique_channel
from tests.support import require_postgres

pytestmark = pytest.mark.postgres


@pytest.fixture
async def pg() -> AsyncIterator[tuple[Broadcast, PostgresBackend]]:
    backend = PostgresBackend(require_postgres())
    broadcast = Broadcast(backend=backend)
    await broadcast.connect()
    try:
        yield broadcast, backend
    finally:
        await broadcast.disconnect()


async def test_fifty_concurrent_publishes_all_succeed_and_arrive(
    pg: tuple[Broadcast, PostgresBackend],
) -> None:
    broadcast, _ = pg
    channel = unique_channel()
    sent = {f"message-{i}" for i in range(50)}
    async with broadcast.subscribe(channel) as subscriber:
        results = await asyncio.gather(
            *(broadcast.publish(channel, text) for text in sent), return_exceptions=True
        )
        assert [r for r in results if r is not None] == []
        received = {(await receive(subscriber)).message for _ in sent}
    assert received == sent


async def test_oversized_payload_is_refused_before_sending(
    pg: tuple[Broadcast, PostgresBackend],
) -> None:
    broadcast, _ = pg
    channel = unique_channel()
    async with broadcast.subscribe(channel) as subscriber:
        with pytest.raises(ValueError, match=r"NOTIFY allows at most 7900"):
            await broadcast.publish(channel, "é" * (MAX_PAYLOAD_BYTES // 2 + 1))
        # The largest allowed payload still goes through.
        await broadcast.publish(channel, "x" * MAX_PAYLOAD_BYTES)
        assert len((await receive(subscriber)).message) == MAX_PAYLOAD_BYTES


async def test_channel_names_are_quoted_safely(pg: tuple[Broadcast, PostgresBackend]) -> None:
    broadcast, _ = pg
    channel = f'Odd "name"; {unique_channel()[:30]}'
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "quoted")
        event = await receive(subscriber)
    assert (event.channel, event.message) == (channel, "quoted")


async def test_overlong_channel_name_is_refused(pg: tuple[Broadcast, PostgresBackend]) -> None:
    broadcast, _ = pg
    with pytest.raises(ValueError, match="limited to 63 bytes"):
        await broadcast.publish("c" * 64, "x")
    with pytest.raises(ValueError, match="limited to 63 bytes"):
        async with broadcast.subscribe("c" * 64):
            pass
    # Had the refused subscription stayed registered, this one would skip the backend and pass.
    with pytest.raises(ValueError, match="limited to 63 bytes"):
        async with broadcast.subscribe("c" * 64):
            pass


async def test_listener_reconnects_after_its_backend_is_terminated(
    pg: tuple[Broadcast, PostgresBackend],
) -> None:
    broadcast, backend = pg
    channel = unique_channel()
    async with broadcast.subscribe(channel) as subscriber, broadcast.subscribe(channel) as twin:
        await broadcast.publish(channel, "before")
        assert (await receive(subscriber)).message == "before"
        assert (await receive(twin)).message == "before"

        old_pid = backend.listener_pid()
        assert old_pid is not None
        admin = await asyncpg.connect(require_postgres())
        try:
            assert await admin.fetchval("SELECT pg_terminate_backend($1)", old_pid) is True
        finally:
            await admin.close()

        deadline = time.monotonic() + TIMEOUT
        while backend.listener_pid() in (None, old_pid):
            assert time.monotonic() < deadline, "listener did not reconnect"
            await asyncio.sleep(0.02)
        await broadcast.ping()

        await broadcast.publish(channel, "after")
        assert (await receive(subscriber)).message == "after"
        assert (await receive(twin)).message == "after"


async def test_connect_fails_fast_when_postgres_is_unreachable() -> None:
    backend = PostgresBackend("postgres://postgres@127.0.0.1:1/postgres")
    with pytest.raises(BackendUnavailableError, match="unreachable"):
        await Broadcast(backend=backend).connect()
