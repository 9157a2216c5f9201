"""In-process broadcast backend for the embedded single-process deployment."""

from __future__ import annotations

import asyncio

from broadcaster import Event

from subscriptions.backends.base import ReliableBackend, require_text


class MemoryBackend(ReliableBackend):
    """Delivers within one process; publish works before `connect()`; unheard channels drop."""

    def __init__(self, url: str = "memory://") -> None:
        self._subscribed: set[str] = set()
        # Created here, not in connect(), so an early publish does not hit a missing attribute.
        self._published: asyncio.Queue[Event] = asyncio.Queue()

    async def connect(self) -> None:
        return None

    async def disconnect(self) -> None:
        self._subscribed.clear()

    async def subscribe(self, channel: str) -> None:
        self._subscribed.add(channel)

    async def unsubscribe(self, channel: str) -> None:
        self._subscribed.discard(channel)

    async def publish(self, channel: str, message: object) -> None:
        text = require_text(channel, message)
        # Filtering here keeps the queue from growing with events nobody listens to.
        if channel in self._subscribed:
            self._published.put_nowait(Event(channel=channel, message=text))

    async def next_published(self) -> Event:
        while True:
            event = await self._published.get()
            # A channel may have been unsubscribed while its event waited in the queue.
            if event.channel in self._subscribed:
                return event

    async def ping(self) -> None:
        return None
