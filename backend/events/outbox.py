"""The transactional outbox: events stored with their change, then relayed to the broker.

Writing (`write`, installed as the unit of work's event writer by backend/commit_hooks.py): inside
the change's transaction, the organization's counter row (`event_sequences`) is incremented by
the number of events, which numbers them gap-free, and each event becomes an `event_outbox` row.
The counter's row lock is held from that increment to the commit, so an organization's writers
commit in sequence order; a rollback takes its numbers back with it.

Relaying (`running`, in every server process): woken at once by this process's commits and
polling for other processes' rows, the relay publishes unpublished rows oldest first and stamps
`published_at`. On PostgreSQL it locks the batch with `FOR UPDATE SKIP LOCKED`, so replicas share
the work and never publish a row at the same time; SQLite is the single-process deployment. A
relay that dies between publishing and stamping publishes again later: subscribers drop the
duplicate by sequence (backend/events/hub.py). While the broker is down nothing is stamped, and
the relay retries with backoff. Published rows stay `event_retention_seconds` for replays.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from time import monotonic
from uuid import UUID

from tortoise.transactions import in_transaction

from backend.core import realtime
from backend.events.models import EventOutboxEntry, EventSequence
from observability.metrics import EVENTS_PUBLISHED, OUTBOX_LAG_SECONDS, OUTBOX_PENDING
from subscriptions import Broadcast, EventMessage, organization_channel
from subscriptions.backends.base import Backoff

logger = logging.getLogger("trcr.outbox")

# Rows per relay pass (and per replay page): one broker round trip each, one UPDATE per batch.
BATCH_SIZE = 200


def _is_postgres() -> bool:
    return bool(EventSequence._meta.db.capabilities.dialect == "postgres")


async def _reserve(organization_id: str, count: int) -> int:
    """Take `count` numbers of the organization's sequence; returns the last one taken."""
    db = EventSequence._meta.db
    if _is_postgres():
        sql = (
            "INSERT INTO event_sequences (organization_id, last_sequence) VALUES ($1, $2) "
            "ON CONFLICT (organization_id) DO UPDATE "
            "SET last_sequence = event_sequences.last_sequence + EXCLUDED.last_sequence "
            "RETURNING last_sequence"
        )
        values: list[object] = [UUID(organization_id), count]
    else:  # SQLite keeps ids as text, as tortoise writes them; its writers are serialized anyway
        sql = (
            "INSERT INTO event_sequences (organization_id, last_sequence) VALUES (?, ?) "
            "ON CONFLICT (organization_id) DO UPDATE "
            "SET last_sequence = event_sequences.last_sequence + excluded.last_sequence "
            "RETURNING last_sequence"
        )
        values = [str(UUID(organization_id)), count]
    rows = await db.execute_query_dict(sql, values)
    return int(rows[0]["last_sequence"])


async def write(messages: list[EventMessage]) -> list[EventMessage]:
    """Number `messages` and store them in the open transaction; returns them numbered.

    Called last before commit (after the commit hooks), so the counter's row lock is held only
    for that instant."""
    positions: dict[str, list[int]] = defaultdict(list)
    for index, message in enumerate(messages):
        positions[message.organization_id].append(index)
    numbered = list(messages)
    for organization_id, indexes in positions.items():
        last = await _reserve(organization_id, len(indexes))
        for offset, index in enumerate(indexes):
            numbered[index] = messages[index].numbered(last - len(indexes) + 1 + offset)
    now = datetime.now(UTC)
    db = EventOutboxEntry._meta.db
    postgres = _is_postgres()
    # One multi-row INSERT: a round trip per transaction, whatever the number of events.
    columns = 6
    rows_sql = ", ".join(
        "("
        + ", ".join(f"${row * columns + col + 1}" if postgres else "?" for col in range(columns))
        + ")"
        for row in range(len(numbered))
    )
    values: list[object] = []
    for message in numbered:
        if postgres:
            values += [UUID(message.id), UUID(message.organization_id)]
        else:  # SQLite keeps ids and times as text, as tortoise writes them
            values += [str(UUID(message.id)), str(UUID(message.organization_id))]
        values += [message.sequence, message.type, message.to_json()]
        values.append(now if postgres else now.isoformat(" "))
    await db.execute_query(
        "INSERT INTO event_outbox (id, organization_id, sequence, type, message, created_at) "
        f"VALUES {rows_sql}",
        values,
    )
    return numbered


# --- reading: replays and gap filling --------------------------------------------------------


async def latest_sequence(organization_id: str) -> int:
    """The organization's last committed sequence number (0 before its first event)."""
    counter = await EventSequence.get_or_none(organization_id=UUID(organization_id))
    return 0 if counter is None else int(counter.last_sequence)


async def read(
    organization_id: str, after: int, *, up_to: int | None = None, limit: int = BATCH_SIZE
) -> list[EventMessage]:
    """Retained events of the organization with sequence > `after` (and <= `up_to`), in order."""
    query = EventOutboxEntry.filter(organization_id=UUID(organization_id), sequence__gt=after)
    if up_to is not None:
        query = query.filter(sequence__lte=up_to)
    texts = await query.order_by("sequence").limit(limit).values_list("message", flat=True)
    return [EventMessage.from_json(str(text)) for text in texts]


# --- health: /readyz and the gauges ------------------------------------------------------------


async def pending() -> int:
    """Committed events not yet handed to the broker (every organization)."""
    return int(await EventOutboxEntry.filter(published_at__isnull=True).count())


async def lag_seconds() -> float:
    """Age of the oldest committed event not yet handed to the broker; 0 when drained."""
    oldest = (
        await EventOutboxEntry.filter(published_at__isnull=True)
        .order_by("created_at")
        .limit(1)
        .values_list("created_at", flat=True)
    )
    if not oldest:
        return 0.0
    created_at = oldest[0]
    assert isinstance(created_at, datetime)
    return max(0.0, (datetime.now(UTC) - created_at).total_seconds())


# --- the relay -----------------------------------------------------------------------------------


@dataclass
class Relay:
    broadcast: Broadcast
    poll_seconds: float
    retention_seconds: float
    _wake: asyncio.Event = field(default_factory=asyncio.Event)
    _last_prune: float = field(default=float("-inf"))
    _last_measure: float = field(default=float("-inf"))

    def wake(self) -> None:
        """A local commit stored events: relay them now rather than at the next poll."""
        self._wake.set()

    async def run_forever(self) -> None:
        backoff = Backoff(initial=min(0.1, self.poll_seconds), maximum=5.0)
        delay = self.poll_seconds
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)
            # Cleared before the pass: a commit during it wakes the next one.
            self._wake.clear()
            try:
                await self.drain()
                await self._housekeeping()
            except Exception:
                # Broker or database down: nothing was lost (unstamped rows stay), try again.
                delay = backoff.next_delay()
                logger.warning("outbox relay pass failed; retrying in %.2fs", delay, exc_info=True)
                await self._measure(force=True, quiet=True)
                continue
            backoff.reset()
            delay = self.poll_seconds

    async def drain(self) -> int:
        """Publish every unpublished row (in batches); returns how many were published."""
        total = 0
        while True:
            published, full = await self._pass()
            total += published
            if not full:
                return total

    async def _pass(self) -> tuple[int, bool]:
        if not _is_postgres():
            # One process per SQLite database: no row locks needed, and none held while
            # publishing (SQLite's write lock would stop every writer meanwhile).
            rows = await self._unpublished()
            published, failure = await self._publish(rows)
            await self._stamp(published)
            if failure is not None:
                raise failure
            return len(published), len(rows) == BATCH_SIZE
        async with in_transaction():
            # Rows another replica's relay holds are skipped, never published twice at once.
            rows = await self._unpublished(lock=True)
            published, failure = await self._publish(rows)
            await self._stamp(published)  # commits with the transaction, failure or not
        if failure is not None:
            raise failure
        return len(published), len(rows) == BATCH_SIZE

    @staticmethod
    async def _unpublished(*, lock: bool = False) -> list[EventOutboxEntry]:
        query = (
            EventOutboxEntry.filter(published_at__isnull=True)
            .order_by("organization_id", "sequence")
            .limit(BATCH_SIZE)
            .only("id", "organization_id", "sequence", "type", "message")
        )
        if lock:
            query = query.select_for_update(skip_locked=True)
        return list(await query)

    async def _publish(
        self, rows: list[EventOutboxEntry]
    ) -> tuple[list[EventOutboxEntry], Exception | None]:
        """Publish in order until one fails; returns those published and the failure."""
        published: list[EventOutboxEntry] = []
        for row in rows:
            try:
                await self.broadcast.publish(
                    organization_channel(str(row.organization_id)), row.message
                )
            except Exception as error:
                return published, error
            published.append(row)
            EVENTS_PUBLISHED.labels(type=row.type).inc()
        return published, None

    @staticmethod
    async def _stamp(rows: list[EventOutboxEntry]) -> None:
        if rows:
            await EventOutboxEntry.filter(id__in=[row.id for row in rows]).update(
                published_at=datetime.now(UTC)
            )

    async def _housekeeping(self) -> None:
        await self._measure()
        # Often enough that a short test window is honoured, rarely enough to cost nothing.
        interval = min(60.0, max(self.retention_seconds / 4, self.poll_seconds))
        if monotonic() - self._last_prune >= interval:
            self._last_prune = monotonic()
            await prune(self.retention_seconds)

    async def _measure(self, *, force: bool = False, quiet: bool = False) -> None:
        if not force and monotonic() - self._last_measure < self.poll_seconds:
            return
        self._last_measure = monotonic()
        try:
            OUTBOX_PENDING.set(await pending())
            OUTBOX_LAG_SECONDS.set(await lag_seconds())
        except Exception:
            if not quiet:
                raise

    async def flush(self, deadline_seconds: float) -> None:
        """Publish what is pending, giving up (rows stay for the next start) at the deadline."""
        try:
            await asyncio.wait_for(self.drain(), deadline_seconds)
        except Exception:
            logger.warning(
                "outbox relay could not flush within %.1fs; the rows stay for the next relay",
                deadline_seconds,
                exc_info=True,
            )


async def prune(retention_seconds: float) -> int:
    """Delete published rows older than the retention window; unpublished rows are kept."""
    cutoff = datetime.now(UTC) - timedelta(seconds=retention_seconds)
    return int(
        await EventOutboxEntry.filter(published_at__isnull=False, created_at__lt=cutoff).delete()
    )


@contextlib.asynccontextmanager
async def running(
    broadcast: Broadcast,
    *,
    poll_seconds: float,
    retention_seconds: float,
    flush_seconds: float = 10.0,
) -> AsyncIterator[Relay]:
    """This process's relay, woken by its commits; on exit it flushes (within `flush_seconds`)."""
    relay = Relay(broadcast, poll_seconds=poll_seconds, retention_seconds=retention_seconds)
    task = asyncio.create_task(relay.run_forever(), name="trcr-outbox-relay")
    realtime.on_commit(relay.wake)
    try:
        yield relay
    finally:
        realtime.on_commit(None)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await relay.flush(flush_seconds)
