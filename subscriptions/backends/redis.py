"""Redis pub/sub backend (redis.asyncio, redis-py 8) that reconnects and re-subscribes."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from broadcaster import Event
from redis import asyncio as aioredis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from subscriptions.backends.base import (
    BackendUnavailableError,
    Listener,
    ReliableBackend,
    require_text,
    supervise,
)

logger = logging.getLogger(__name__)

_CONNECTION_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
# How long one read on the listening connection waits before looping (to notice shutdown).
_READ_TIMEOUT = 1.0
# Sends a PING on an idle listening connection so a half-open TCP connection is noticed.
_HEALTH_CHECK_INTERVAL = 15
_PING_TIMEOUT = 2.0
_SOCKET_TIMEOUT = 5.0


class RedisBackend(ReliableBackend):
    """One listening pub/sub connection, supervised; publishing uses a separate pooled client."""

    def __init__(self, url: str, *, max_backoff: float = 2.0) -> None:
        self._url = url
        self._max_backoff = max_backoff
        # A short retry lets a publish survive a pooled connection that a Redis restart broke.
        self._publisher: aioredis.Redis = aioredis.Redis.from_url(
            url,
            retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 2),
            socket_connect_timeout=_SOCKET_TIMEOUT,
            socket_timeout=_SOCKET_TIMEOUT,
        )
        # No retries inside redis-py: the supervisor below owns reconnection, so failures surface.
        self._listen_client: aioredis.Redis = aioredis.Redis.from_url(
            url,
            retry=Retry(NoBackoff(), 0),
            health_check_interval=_HEALTH_CHECK_INTERVAL,
            socket_connect_timeout=_SOCKET_TIMEOUT,
            socket_timeout=_SOCKET_TIMEOUT,
        )
        self._channels: set[str] = set()
        self._pubsub: PubSub | None = None
        self._lock = asyncio.Lock()
        self._queue: asyncio.Queue[Event] = asyncio.Queue()
        self._listening = asyncio.Event()
        self._supervisor: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        # Fail fast at startup; after that the supervisor reconnects on its own.
        try:
            await self._publisher.ping()
        except _CONNECTION_ERRORS as exc:
            raise BackendUnavailableError(
                f"Redis at {self._safe_url} is unreachable: {exc}"
            ) from exc
        await self._open_pubsub()
        self._supervisor = asyncio.create_task(self._supervise(), name="trcr-redis-listener")

    async def disconnect(self) -> None:
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        await self._close_pubsub()
        await self._listen_client.aclose()
        await self._publisher.aclose()

    async def subscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.add(channel)
            pubsub = self._pubsub
            if pubsub is None:
                return  # reconnecting: the supervisor subscribes every channel in the set
            try:
                await pubsub.subscribe(channel)
            except _CONNECTION_ERRORS:
                # The listener sees the same broken connection and re-subscribes on reconnect.
                logger.debug("subscribe to %s deferred until Redis reconnects", channel)

    async def unsubscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.discard(channel)
            pubsub = self._pubsub
            if pubsub is None:
                return
            with contextlib.suppress(*_CONNECTION_ERRORS):
                await pubsub.unsubscribe(channel)

    async def publish(self, channel: str, message: object) -> None:
        text = require_text(channel, message)
        try:
            await self._publisher.publish(channel, text)
        except _CONNECTION_ERRORS as exc:
            raise BackendUnavailableError(
                f"cannot publish to Redis at {self._safe_url}: {exc}"
            ) from exc

    async def next_published(self) -> Event:
        return await self._queue.get()

    async def ping(self) -> None:
        if self._supervisor is None or self._supervisor.done():
            raise BackendUnavailableError("Redis backend is not connected")
        if not self._listening.is_set():
            raise BackendUnavailableError("Redis listening connection is reconnecting")
        try:
            await asyncio.wait_for(self._publisher.ping(), _PING_TIMEOUT)
        except (TimeoutError, *_CONNECTION_ERRORS) as exc:
            raise BackendUnavailableError(
                f"Redis at {self._safe_url} is unreachable: {exc}"
            ) from exc

    @property
    def _safe_url(self) -> str:
        # Never log a password that may be embedded in the URL.
        host = self._publisher.connection_pool.connection_kwargs.get("host", "?")
        port = self._publisher.connection_pool.connection_kwargs.get("port", "?")
        return f"{host}:{port}"

    async def _open_pubsub(self) -> None:
        pubsub = self._listen_client.pubsub(ignore_subscribe_messages=True)
        try:
            async with self._lock:
                await pubsub.connect()  # type: ignore[no-untyped-call]  # redis-py leaves it untyped
                if self._channels:
                    await pubsub.subscribe(*self._channels)
                self._pubsub = pubsub
        except BaseException:
            with contextlib.suppress(Exception):
                await pubsub.aclose()  # type: ignore[no-untyped-call]
            raise
        self._listening.set()

    async def _close_pubsub(self) -> None:
        self._listening.clear()
        pubsub, self._pubsub = self._pubsub, None
        if pubsub is not None:
            # Under the lock so a subscribe() mid-send never revives the closed pubsub object.
            async with self._lock:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]

    async def _supervise(self) -> None:
        listener = Listener(
            broker="Redis",
            is_open=lambda: self._pubsub is not None,
            open=self._open_pubsub,
            serve=self._read_forever,
            close=self._close_pubsub,
            channel_count=lambda: len(self._channels),
            connection_errors=_CONNECTION_ERRORS,
        )
        await supervise(listener, max_backoff=self._max_backoff)

    async def _read_forever(self) -> None:
        while True:
            pubsub = self._pubsub
            if pubsub is None:
                return
            message = await pubsub.get_message(
                ignore_subscribe_messages=True, timeout=_READ_TIMEOUT
            )
            if message is None or message.get("type") != "message":
                continue
            channel = message["channel"]
            data = message["data"]
            self._queue.put_nowait(
                Event(
                    channel=channel.decode() if isinstance(channel, bytes) else str(channel),
                    message=data.decode() if isinstance(data, bytes) else str(data),
                )
            )
