"""What every TRCR broadcast backend adds to broadcaster's interface: a health check, backoff, and a
listener that reconnects by itself."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from broadcaster import BroadcastBackend

logger = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class Listener:
    """How a backend opens, serves and closes its listening connection."""

    broker: str  # "Redis", "PostgreSQL": for the log
    is_open: Callable[[], bool]
    open: Callable[[], Awaitable[None]]  # connects and re-subscribes every current channel
    serve: Callable[[], Awaitable[None]]  # returns or raises when the connection is lost
    close: Callable[[], Awaitable[None]]
    channel_count: Callable[[], int]
    connection_errors: tuple[type[BaseException], ...]


async def supervise(listener: Listener, *, max_backoff: float) -> None:
    """Keep the listener alive forever: on any failure log it, close, back off and reopen."""
    backoff = Backoff(maximum=max_backoff)
    while True:
        try:
            if not listener.is_open():
                await listener.open()
                logger.info(
                    "%s listener reconnected; %d channel(s) subscribed again",
                    listener.broker,
                    listener.channel_count(),
                )
            backoff.reset()
            await listener.serve()
        except asyncio.CancelledError:
            raise
        except listener.connection_errors as exc:
            logger.warning(
                "%s listener lost its connection (%s); reconnecting", listener.broker, exc
            )
        except Exception:
            # Never let the listener die silently: log and rebuild the connection.
            logger.exception("%s listener failed unexpectedly; reconnecting", listener.broker)
        await listener.close()
        await asyncio.sleep(backoff.next_delay())
