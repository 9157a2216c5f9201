"""The realtime publisher: committed changes go to their organization's broadcast channel."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from subscriptions import Broadcast, EventMessage, organization_channel

logger = logging.getLogger("trcr.realtime")

_broadcast: Broadcast | None = None


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


async def publish(messages: Iterable[EventMessage]) -> None:
    if _broadcast is None:
        return
    for message in messages:
        try:
            await _broadcast.publish(
                organization_channel(message.organization_id), message.to_json()
            )
        except Exception:
            # The change is committed; a broker outage must not turn it into a failed request.
            logger.exception("Could not publish %s for %s", message.type, message.entity_id)
