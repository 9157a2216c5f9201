"""Facts that event visibility rules share across every subscriber of this process.

All subscribers of an organization judge the same events. What a judgement needs besides the
subscriber's own principal (an organization's roles and live tokens, a Space's visibility and
members, a chat channel's kind and members, a notification's recipient) is the same for all of
them, so it is read once per process and shared: a delivery then costs SQL per event, or per
change of access, never per subscriber, and each subscriber's judgement is dict and set lookups.

- Single flight: concurrent misses of one key await one read.
- Exact: an event that changes access forgets what it changed (`forget_once`) before the
  subscriber that observes it judges anything later; later subscribers observing the same event
  do not forget again, so a change costs one re-read per process, not one per subscriber. A read
  that started before the change is never stored.
- Bounded: at most `CAPACITY` keys (least recently used go first), none older than
  `MAX_AGE_SECONDS`, which bounds how long an invalidation lost in the broker goes unseen.
  `MAX_AGE_SECONDS = 0` shares nothing: every lookup reads (the uncached path).
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterable
from functools import partial
from typing import Any, TypeVar, cast

T = TypeVar("T")
Key = tuple[str, str]  # (kind of fact, id), e.g. ("space", project_id)

MAX_AGE_SECONDS = 60.0
CAPACITY = 10_000


class SharedFacts:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._values: OrderedDict[Key, tuple[float, Any]] = OrderedDict()
        self._pending: dict[Key, asyncio.Task[Any]] = {}
        # Access-changing events already applied here, so each forgets once per process.
        self._applied: OrderedDict[Hashable, None] = OrderedDict()

    async def get(self, key: Key, read: Callable[[], Awaitable[T]]) -> T:
        """The fact under `key`, read by `read()` at most once per change (or per max age)."""
        max_age = MAX_AGE_SECONDS
        if max_age <= 0:
            return await read()
        now = time.monotonic()
        hit = self._values.get(key)
        if hit is not None and now - hit[0] < max_age:
            self._values.move_to_end(key)
            return cast(T, hit[1])
        loop = asyncio.get_running_loop()
        pending = self._pending.get(key)
        if pending is None or pending.get_loop() is not loop:  # another loop's read: not ours
            pending = loop.create_task(_call(read))
            self._pending[key] = pending
            pending.add_done_callback(partial(self._settle, key, now))
        # Shielded: a cancelled subscriber must not cancel the read others await.
        return cast(T, await asyncio.shield(pending))

    def _settle(self, key: Key, started: float, task: asyncio.Task[Any]) -> None:
        if self._pending.get(key) is not task:
            return  # forgotten while it read: its value may predate the change
        del self._pending[key]
        if task.cancelled() or task.exception() is not None:
            return  # awaiting subscribers got the error; the next lookup reads again
        self._values[key] = (started, task.result())
        self._values.move_to_end(key)
        while len(self._values) > self._capacity:
            self._values.popitem(last=False)

    def forget(self, key: Key) -> None:
        self._values.pop(key, None)
        self._pending.pop(key, None)

    def forget_once(self, event: Hashable, keys: Iterable[Key]) -> None:
        """Forget `keys` because `event` changed them, unless this process already did for it."""
        if event in self._applied:
            return
        self._applied[event] = None
        while len(self._applied) > self._capacity:
            self._applied.popitem(last=False)
        for key in keys:
            self.forget(key)

    def clear(self) -> None:
        self._values.clear()
        self._pending.clear()
        self._applied.clear()


async def _call(read: Callable[[], Awaitable[T]]) -> T:
    return await read()


# The process's facts: one per process, shared by every subscription it serves.
FACTS = SharedFacts()
