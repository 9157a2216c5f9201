"""A transaction that records events and publishes them only after it commits.

tortoise has no on-commit hook: the unit of work is the hook. Nested units of work join the
outermost one, so a service may call another service and events still wait for the real commit.

Work that every change needs (the audit entry, notifications, removing an entity's attachments)
runs as a commit hook: inside the transaction, after the service's own work, with the recorded
events in hand. `backend/commit_hooks.py` is the one list of them; a domain never calls them.
Work that must wait for the commit (delivering queued mail) registers with `after_commit`.

Last inside the transaction, after the hooks (they record events too), the installed event
writer (the transactional outbox, backend/events/outbox.py) numbers the events and stores them
with the change: no committed change without its events, no event without its change. After
commit, `realtime.committed` wakes this process's relay, which publishes them.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from backend.core import realtime
from backend.core.changes import Change
from backend.core.event_types import EventType
from backend.core.principal import Principal
from subscriptions import EventMessage

logger = logging.getLogger("trcr.unit_of_work")

_current: ContextVar[UnitOfWork | None] = ContextVar("trcr_unit_of_work", default=None)

CommitHook = Callable[["UnitOfWork"], Awaitable[None]]
AfterCommit = Callable[[], Awaitable[object]]
# Stores events inside the open transaction; returns them numbered (their `sequence` set).
EventWriter = Callable[[list[EventMessage]], Awaitable[list[EventMessage]]]

_commit_hooks: tuple[CommitHook, ...] = ()
_event_writer: EventWriter | None = None
_warned_no_writer = False


def install_commit_hooks(*hooks: CommitHook) -> None:
    """Set the hooks every unit of work runs before it commits (replacing earlier ones)."""
    global _commit_hooks
    _commit_hooks = hooks


def install_event_writer(writer: EventWriter) -> None:
    """Set what stores every unit of work's events in its transaction (the outbox)."""
    global _event_writer
    _event_writer = writer


async def write_events(messages: list[EventMessage]) -> list[EventMessage]:
    """Store events in the caller's open transaction (a unit of work does it for its own);
    `realtime.committed` must follow the commit."""
    if not messages:
        return messages
    if _event_writer is None:
        # Like the commit hooks, the outbox is installed by whoever runs the process (the app,
        # the CLI, the tests): a script that calls services without it stores no events.
        global _warned_no_writer
        if not _warned_no_writer:
            _warned_no_writer = True
            logger.warning(
                "No event writer is installed: events of this process's changes are not stored "
                "or published. Call backend.commit_hooks.install() at start."
            )
        return messages
    return await _event_writer(messages)


def current() -> UnitOfWork | None:
    """The unit of work this task is inside, if any."""
    return _current.get()


@dataclass
class UnitOfWork:
    principal: Principal
    events: list[EventMessage] = field(default_factory=list)
    # Rows saved or deleted inside this unit of work, in order (backend/core/changes.py).
    changes: list[Change] = field(default_factory=list)
    _after_commit: list[AfterCommit] = field(default_factory=list)

    def after_commit(self, callback: AfterCommit) -> None:
        """Run `callback` once the transaction has committed (never after a rollback)."""
        self._after_commit.append(callback)

    def record(
        self, event_type: EventType, entity_id: object, *, project_id: object | None = None
    ) -> None:
        """Record a declared event (`TaskEvent.CREATED`) about the entity with this id."""
        self.events.append(
            EventMessage(
                type=event_type.value,
                organization_id=self.principal.organization_id,
                entity_type=event_type.entity_type,
                entity_id=str(entity_id),
                project_id=None if project_id is None else str(project_id),
                actor_id=self.principal.user_id,
                occurred_at=datetime.now(UTC),
            )
        )


@asynccontextmanager
async def unit_of_work(principal: Principal) -> AsyncIterator[UnitOfWork]:
    outer = _current.get()
    if outer is not None:
        yield outer
        return
    uow = UnitOfWork(principal)
    token = _current.set(uow)
    try:
        async with in_transaction():
            yield uow
            for hook in _commit_hooks:
                await hook(uow)
            uow.events = await write_events(uow.events)
    finally:
        _current.reset(token)
    # Reached only when the transaction committed; an exception above skips publishing.
    await realtime.committed(uow.events)
    for callback in uow._after_commit:
        await callback()
