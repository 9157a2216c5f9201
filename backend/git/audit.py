"""The interface changes made by a webhook delivery are recorded under: the one place it is declared.

The audit mechanism (another branch) wires it here, e.g. `with via(Interface.WEBHOOK, ...)`:
every change a delivery makes runs inside `as_webhook`, and nothing else in this domain needs to
know about auditing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from backend.core.principal import Principal

INTERFACE = "webhook"


@asynccontextmanager
async def as_webhook(principal: Principal, *, operation: str) -> AsyncIterator[None]:
    """Changes inside run as a delivery of `operation` (e.g. "git.push"); see the module doc."""
    del principal, operation  # the audit integration names the actor and operation from these
    yield
