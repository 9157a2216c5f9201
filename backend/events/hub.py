"""Delivery in one process: one hub per organization channel, one bounded feed per subscriber.

A hub holds the process's one broker subscription of an organization. It parses each message
once (not once per subscriber) and hands its subscribers the organization's events in sequence
order, each once: a sequence it already passed on is a duplicate (a relay that republished) and
is dropped; a jump ahead is filled from the outbox first (a replica's relay overtook another, or
the broker lost messages). It also reads the counter every `CATCH_UP_SECONDS` while quiet, so
events relayed while this process's broker connection was down still arrive.

A subscriber's feed is bounded (`subscriber_queue`): one that falls that far behind is cut off
(its socket closed with 4008 by the subscription) instead of growing this process's memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from datetime import UTC, datetime

from broadcaster import Event

from backend.core import realtime
from backend.events import outbox
from backend.events.types import STREAM_RESYNC
from observability.metrics import EVENTS_DROPPED, SUBSCRIBERS
from subscriptions import EventMessage, organization_channel
from subscriptions.broadcast import SubscriptionEndedError

logger = logging.getLogger("trcr.events")

# How long a quiet hub waits before asking the database whether it missed events.
CATCH_UP_SECONDS = 2.0

_queue_size = 1000


def configure(subscriber_queue: int) -> None:
    """Set by the app: how many undelivered events one subscriber may have before it is cut off."""
    global _queue_size
    if subscriber_queue < 1:
        raise ValueError("TRCR_SUBSCRIBER_QUEUE must be at least 1 (events per subscriber)")
    _queue_size = subscriber_queue


def resync(organization_id: str, sequence: int) -> EventMessage:
    """The `stream.resync` event: refetch, then continue after `sequence`."""
    return EventMessage(
        type=STREAM_RESYNC,
        organization_id=organization_id,
        entity_type="stream",
        entity_id=organization_id,
        project_id=None,
        actor_id=None,
        occurred_at=datetime.now(UTC),
        sequence=sequence,
    )


class FellBehindError(Exception):
    """The subscriber's feed overflowed; it was cut off."""


class FeedEndedError(Exception):
    """The hub stopped (the broadcast disconnected: the server is shutting down)."""


class Feed:
    """One subscriber's bounded queue of the organization's events, in sequence order."""

    def __init__(self, limit: int, on_overflow: Callable[[], None], start: int) -> None:
        self._limit = limit
        self._on_overflow = on_overflow
        self._items: deque[EventMessage] = deque()
        self._ready = asyncio.Event()
        self._state: type[Exception] | None = None
        # The hub's position when this feed joined: live events start after it.
        self.start = start

    def offer(self, message: EventMessage) -> bool:
        """Queue an event; False when the feed is (now) cut off."""
        if self._state is not None:
            return False
        if len(self._items) >= self._limit:
            EVENTS_DROPPED.labels(reason="slow_consumer").inc()
            self._end(FellBehindError)
            self._on_overflow()
            return False
        self._items.append(message)
        self._ready.set()
        return True

    def _end(self, state: type[Exception]) -> None:
        self._state = state
        self._items.clear()
        self._ready.set()

    async def get(self) -> EventMessage:
        while not self._items:
            if self._state is not None:
                raise self._state
            self._ready.clear()
            await self._ready.wait()
        return self._items.popleft()


class Hub:
    """The organization's events in this process, for every feed that listens."""

    def __init__(self, organization_id: str) -> None:
        self.organization_id = organization_id
        self.feeds: set[Feed] = set()
        self.position = 0  # the last sequence passed on to feeds
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.task = asyncio.create_task(self._run(), name=f"trcr-hub-{organization_id}")

    async def _run(self) -> None:
        try:
            channel = organization_channel(self.organization_id)
            async with realtime.broadcast().subscribe(channel) as stream:
                # Subscribed first, then read: any event committed later arrives or is filled.
                self.position = await outbox.latest_sequence(self.organization_id)
                self.ready.set_result(None)
                while True:
                    try:
                        raw = await asyncio.wait_for(stream.get(), CATCH_UP_SECONDS)
                    except TimeoutError:
                        raw = None
                    try:
                        await self._handle(raw)
                    except Exception:
                        # The database is down mid-fill: what is missing is read again at
                        # the next catch-up (every event is in the outbox), so keep going.
                        logger.warning(
                            "event hub of %s could not fill a gap", channel, exc_info=True
                        )
                        await asyncio.sleep(CATCH_UP_SECONDS)
        except SubscriptionEndedError:
            pass
        except Exception as error:
            if not self.ready.done():
                self.ready.set_exception(error)
                return
            logger.exception("event hub of %s failed; its subscribers end", self.organization_id)
        finally:
            if not self.ready.done():
                self.ready.cancel()
            for feed in list(self.feeds):
                feed._end(FeedEndedError)

    async def _handle(self, raw: Event | None) -> None:
        if raw is None:  # quiet: did this process's broker connection miss anything?
            await self._catch_up(await outbox.latest_sequence(self.organization_id))
            return
        try:
            message = EventMessage.from_json(raw.message)
        except ValueError:
            EVENTS_DROPPED.labels(reason="malformed").inc()
            logger.warning("Dropped a malformed event on %s", raw.channel)
            return
        if message.sequence <= self.position:
            EVENTS_DROPPED.labels(reason="duplicate").inc()
            return
        if message.sequence > self.position + 1:
            await self._catch_up(message.sequence - 1)
        self._pass_on(message)

    async def _catch_up(self, up_to: int) -> None:
        """Pass on the events up to `up_to` this hub has not seen, from the outbox."""
        while self.position < up_to:
            missed = await outbox.read(self.organization_id, self.position, up_to=up_to)
            if not missed or missed[0].sequence != self.position + 1:
                # Pruned before this process saw them (it lagged past the retention window).
                self._pass_on(resync(self.organization_id, up_to))
                return
            for message in missed:
                self._pass_on(message)

    def _pass_on(self, message: EventMessage) -> None:
        self.position = message.sequence
        for feed in list(self.feeds):
            if not feed.offer(message):
                self.feeds.discard(feed)


_hubs: dict[str, Hub] = {}


@contextlib.asynccontextmanager
async def listen(organization_id: str, on_overflow: Callable[[], None]) -> AsyncIterator[Feed]:
    """A feed of the organization's events from now on; `on_overflow` runs if it falls behind."""
    hub = _hubs.get(organization_id)
    if hub is None or hub.task.done():
        hub = _hubs[organization_id] = Hub(organization_id)
    try:
        await asyncio.shield(hub.ready)
    except BaseException:
        if _hubs.get(organization_id) is hub and not hub.feeds:
            del _hubs[organization_id]
            hub.task.cancel()
        raise
    feed = Feed(_queue_size, on_overflow, start=hub.position)
    hub.feeds.add(feed)
    SUBSCRIBERS.inc()
    try:
        yield feed
    finally:
        SUBSCRIBERS.dec()
        hub.feeds.discard(feed)
        if not hub.feeds and _hubs.get(organization_id) is hub:
            # The last subscriber left: release the broker channel.
            del _hubs[organization_id]
            hub.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await hub.task


async def stream(
    organization_id: str, feed: Feed, after: int | None
) -> AsyncGenerator[EventMessage, None]:
    """The events one subscription receives, in order, each once: with `after`, first the
    retained events after it (or `stream.resync` if some are gone), then the live feed."""
    position = feed.start
    if after is not None:
        latest = await outbox.latest_sequence(organization_id)
        position = after
        if after > latest:
            # A cursor from another stream (a restored database, another organization).
            position = latest
            yield resync(organization_id, latest)
        while position < latest:
            page = await outbox.read(organization_id, position, up_to=latest)
            if not page or page[0].sequence != position + 1:
                position = latest
                yield resync(organization_id, latest)
                break
            for message in page:
                position = message.sequence
                yield message
    while True:
        message = await feed.get()
        # Live events the replay already gave (the feed started before the replay's read).
        if message.sequence <= position:
            continue
        position = message.sequence
        yield message
