"""The realtime transport of this process: the broker connection, and the relay's wake-up call.

Committed events reach subscribers through the transactional outbox: the unit of work stores
them in its transaction, then `committed()` wakes this process's relay (backend/events/outbox.py),
which publishes them to their organization's channel and marks them sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from subscriptions import Broadcast, EventMessage

_broadcast: Broadcast | None = None
_wake_relay: Callable[[], None] | None = None


def configure(broadcast: Broadcast | None) -> None:
    """Set by the app's lifespan; None (no server running) means events are not published."""
    global _broadcast
    _broadcast = broadcast


def broadcast() -> Broadcast:
    if _broadcast is None:
        raise RuntimeError(
            "The realtime broadcast is not connected; start the app's lifespan first."
        )
    return _broadcast


def on_commit(wake: Callable[[], None] | None) -> None:
    """Set by the running relay: called after every commit that stored events."""
    global _wake_relay
    _wake_relay = wake


async def committed(messages: Sequence[EventMessage]) -> None:
    """Events of a committed transaction are in the outbox: wake the relay (if this process runs
    one; otherwise a server's relay finds them by polling)."""
    if messages and _wake_relay is not None:
        _wake_relay()
