"""Redis backend: survives a restart of a private redis-server and reports outages clearly."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import time
from collections.abc import AsyncIterator

import pytest
from redis import asyncio as aioredis

from subscriptions import Broadcast, create_broadcast
from subscriptions.backends.base import BackendUnavailableError
from tests.subscriptions.support import receive, unique_channel

pytestmark = pytest.mark.redis


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrivateRedis:
    """A throwaway redis-server on its own port, so the shared one on 6379 is never touched."""

    def __init__(self, binary: str, port: int) -> None:
        self.binary = binary
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            self.binary,
            *("--save", "", "--appendonly", "no", "--port", str(self.port)),
            *("--bind", "127.0.0.1", "--dir", "/tmp"),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        client = aioredis.Redis.from_url(self.url)
        deadline = time.monotonic() + 5
        try:
            while True:
                try:
                    await client.ping()
                    return
                except Exception:
                    if time.monotonic() > deadline or self.process.returncode is not None:
                        raise
                    await asyncio.sleep(0.02)
        finally:
            await client.aclose()

    async def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()


@pytest.fixture
async def private_redis() -> AsyncIterator[PrivateRedis]:
    binary = shutil.which("redis-server")
    if binary is None:
        reason = "redis-server binary not on PATH: cannot run the Redis restart test"
        if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
        pytest.skip(reason)
    server = PrivateRedis(binary, _free_port())
    await server.start()
    try:
        yield server
    finally:
        await server.kill()


async def _wait_until_ready(broadcast: Broadcast, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while True:
        try:
            await broadcast.ping()
            return
        except BackendUnavailableError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)


async def test_subscriber_survives_redis_restart(private_redis: PrivateRedis) -> None:
    channel, other = unique_channel(), unique_channel()
    async with (
        create_broadcast(private_redis.url) as broadcast,
        broadcast.subscribe(channel) as subscriber,
        broadcast.subscribe(other) as second,
        broadcast.subscribe(other) as third,
    ):
        await broadcast.publish(channel, "before")
        assert (await receive(subscriber)).message == "before"

        await private_redis.kill()
        with pytest.raises(BackendUnavailableError, match="cannot publish to Redis"):
            await broadcast.publish(channel, "while down")
        with pytest.raises(BackendUnavailableError):
            await broadcast.ping()

        await private_redis.start()
        # ping() turns healthy only once the listener has reconnected and re-subscribed.
        await _wait_until_ready(broadcast)
        await broadcast.publish(channel, "after")
        await broadcast.publish(other, "after, too")
        assert (await receive(subscriber)).message == "after"
        assert (await receive(second)).message == "after, too"
        assert (await receive(third)).message == "after, too"


async def test_subscribe_during_outage_takes_effect_after_reconnect(
    private_redis: PrivateRedis,
) -> None:
    channel = unique_channel()
    async with create_broadcast(private_redis.url) as broadcast:
        await private_redis.kill()
        await asyncio.sleep(0.1)
        async with broadcast.subscribe(channel) as subscriber:
            await private_redis.start()
            await _wait_until_ready(broadcast)
            await broadcast.publish(channel, "late")
            assert (await receive(subscriber)).message == "late"


async def test_connect_fails_fast_when_redis_is_unreachable() -> None:
    broadcast = create_broadcast(f"redis://127.0.0.1:{_free_port()}/0")
    with pytest.raises(BackendUnavailableError, match="unreachable"):
        await broadcast.connect()
