"""Shared helpers for the subscriptions tests: unique channels and bounded waits."""

from __future__ import annotations

import asyncio
import uuid

from broadcaster import Event

from subscriptions.broadcast import Subscriber

TIMEOUT = 5.0


def unique_channel() -> str:
    return f"trcr.test.{uuid.uuid4().hex}"


async def receive(subscriber: Subscriber, within: float = TIMEOUT) -> Event:
    return await asyncio.wait_for(subscriber.get(), within)


async def assert_silent(subscriber: Subscriber, wait: float = 0.2) -> None:
    """Assert nothing arrives within `wait` seconds."""
    try:
        event = await asyncio.wait_for(subscriber.get(), wait)
    except TimeoutError:
        return
    raise AssertionError(f"unexpected event {event!r}")
