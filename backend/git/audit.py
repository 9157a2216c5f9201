"""The interface changes made by a webhook delivery are recorded under: the one place it is declared.

Every change a delivery makes runs inside `as_webhook`, so its audit entry says `webhook` and
names the delivery (e.g. "git.push"); nothing else in this domain knows about auditing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from backend.core.interfaces import Interface, via
from backend.core.principal import Principal

INTERFACE = Interface.WEBHOOK


@asynccontextmanager
async def as_webhook(principal: Principal, *, operation: str) -> AsyncIterator[None]:
    """Changes inside are audited as `webhook` deliveries of `operation`; the unit of work
    names `principal` as the actor."""
    del principal
    with via(INTERFACE, operation=operation):
        yield
