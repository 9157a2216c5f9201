"""The broadcaster wrapper: fan-out to concurrent subscribers, backend choice, health check."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from urllib.parse import urlparse

from broadcaster import Broadcast as _UpstreamBroadcast
from broadcaster import BroadcastBackend, Event

from subscriptions.backends.base import BackendUnavailableError, ReliableBackend

logger = logging.getLogger(__name__)

SUPPORTED_SCHEMES = ("memory", "redis", "rediss", "postgres", "postgresql")


class SubscriptionEndedError(Exception):
    """Raised by `Subscriber.get()` once the subscription has ended."""


class Subscriber:
    """The receiving end of one subscription: `await get()` or `async for event in subscriber`."""

    def __init__(self, queue: asyncio.Queue[Event | None]) -> None:
        self._queue = queue

    async def __aiter__(self) -> AsyncGenerator[Event, None]:
        try:
            while True:
                yield await self.get()
        except SubscriptionEndedError:
            return

    async def get(self) -> Event:
        item = await self._queue.get()
        if item is None:
            # Put the sentinel back so a later get() also ends instead of blocking forever.
            self._queue.put_nowait(None)
            raise SubscriptionEndedError
        return item


def backend_for_url(url: str) -> BroadcastBackend:
    """Pick our backend by URL scheme; broadcaster's own backends are not used (see STACK-NOTES)."""
    scheme = urlparse(url).scheme
    if scheme == "memory":
        from subscriptions.backends.memory import MemoryBackend

        return MemoryBackend(url)
    if scheme in ("redis", "rediss"):
        from subscriptions.backends.redis import RedisBackend

        return RedisBackend(url)
    if scheme in ("postgres", "postgresql"):
        from subscriptions.backends.postgres import PostgresBackend

        return PostgresBackend(url)
    raise ValueError(
        f"unsupported broadcast URL scheme {scheme!r}; supported: "
        + ", ".join(f"{name}://" for name in SUPPORTED_SCHEMES)
    )


class Broadcast(_UpstreamBroadcast):
    """broadcaster's `Broadcast` with concurrent subscribers per channel fixed and a `ping()`.

    Upstream awaited `backend.subscribe` before registering the subscriber's queue, so two
    subscribers racing on a new channel overwrote each other (one got nothing, the other a
    KeyError on exit). Here channel membership changes are serialised by a lock and a queue is
    registered only after the backend subscription exists, so no subscriber misses events
    published after its `subscribe()` returned.
    """

    def __init__(self, url: str | None = None, *, backend: BroadcastBackend | None = None) -> None:
        if backend is None:
            if not url:
                raise ValueError("Broadcast needs a url or a backend")
            backend = backend_for_url(url)
        super().__init__(backend=backend)
        # Our own attribute names, so upstream private state (which changes in 0.3.2) is unused.
        self._transport = backend
        self._queues: dict[str, set[asyncio.Queue[Event | None]]] = {}
        self._membership_lock = asyncio.Lock()
        self._dispatcher: asyncio.Task[None] | None = None

    @property
    def backend(self) -> BroadcastBackend:
        """The backend this broadcast publishes through (for diagnostics)."""
        return self._transport

    async def __aenter__(self) -> Broadcast:
        # Re-declared so `async with` is typed as our class (with ping and our Subscriber).
        await self.connect()
        return self

    async def connect(self) -> None:
        if self._dispatcher is not None:
            return
        await self._transport.connect()
        self._dispatcher = asyncio.create_task(self._dispatch(), name="trcr-broadcast-dispatch")

    async def disconnect(self) -> None:
        dispatcher, self._dispatcher = self._dispatcher, None
        if dispatcher is not None:
            dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await dispatcher
        # End every open subscription so its consumer loop finishes instead of hanging.
        for queues in self._queues.values():
            for queue in queues:
                queue.put_nowait(None)
        await self._transport.disconnect()

    async def publish(self, channel: str, message: str) -> None:
        await self._transport.publish(channel, message)

    @contextlib.asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[Subscriber]:  # type: ignore[override]
        # Upstream's Subscriber class is private; ours offers the same get()/async-for interface.
        queue: asyncio.Queue[Event | None] = asyncio.Queue()
        async with self._membership_lock:
            queues = self._queues.get(channel)
            if queues is None:
                await self._transport.subscribe(channel)
                queues = self._queues[channel] = set()
            queues.add(queue)
        try:
            yield Subscriber(queue)
        finally:
            queues = self._queues.get(channel)
            if queues is not None:
                queues.discard(queue)
                if not queues:
                    del self._queues[channel]
                    # Shielded so a cancelled subscriber still releases the backend channel.
                    await asyncio.shield(self._release(channel))
            queue.put_nowait(None)

    async def ping(self) -> None:
        """Raise if the broker is unreachable or the dispatcher stopped; used by /readyz."""
        if self._dispatcher is None or self._dispatcher.done():
            raise BackendUnavailableError("broadcast is not connected")
        if isinstance(self._transport, ReliableBackend):
            await self._transport.ping()

    async def _release(self, channel: str) -> None:
        async with self._membership_lock:
            # Someone may have subscribed again while we waited for the lock.
            if channel not in self._queues:
                await self._transport.unsubscribe(channel)

    async def _dispatch(self) -> None:
        while True:
            try:
                event = await self._transport.next_published()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A backend error must not end delivery for every subscriber of this process.
                logger.exception("broadcast backend failed to deliver; retrying")
                await asyncio.sleep(0.1)
                continue
            for queue in list(self._queues.get(event.channel, ())):
                queue.put_nowait(event)


def create_broadcast(url: str) -> Broadcast:
    """A `Broadcast` on our backend for `url` (memory://, redis://, rediss://, postgres://)."""
    return Broadcast(backend=backend_for_url(url))
