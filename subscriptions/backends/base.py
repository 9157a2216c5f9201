"""What every TRCR broadcast backend adds to broadcaster's interface: a health check and backoff."""

from __future__ import annotations

import random

from broadcaster import BroadcastBackend


class BackendUnavailableError(ConnectionError):
    """The message broker cannot be reached right now (publish or ping failed)."""


class ReliableBackend(BroadcastBackend):
    """A `BroadcastBackend` whose `ping` raises when the broker is unreachable."""

    async def ping(self) -> None:
        raise NotImplementedError


class Backoff:
    """Bounded exponential backoff with jitter, so replicas do not reconnect in lockstep."""

    def __init__(self, initial: float = 0.05, maximum: float = 2.0) -> None:
        self._initial = initial
        self._maximum = maximum
        self._current = initial

    def next_delay(self) -> float:
        delay = self._current
        self._current = min(self._current * 2, self._maximum)
        return delay * random.uniform(0.8, 1.2)

    def reset(self) -> None:
        self._current = self._initial


def require_text(channel: str, message: object) -> str:
    """Messages are strings on every backend (broadcaster's memory backend passed objects)."""
    if not isinstance(channel, str) or not channel:
        raise ValueError(f"channel must be a non-empty string, got {channel!r}")
    if not isinstance(message, str):
        raise TypeError(f"broadcast messages must be str, got {type(message).__name__}")
    return message
