"""The interface submissions are recorded under: the one place it is declared.

A submission has no user: it is recorded as the form's creator, through `public_form`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from backend.core.interfaces import Interface, via
from backend.core.principal import Principal

INTERFACE = Interface.PUBLIC_FORM


@asynccontextmanager
async def as_public_form(principal: Principal, *, operation: str) -> AsyncIterator[None]:
    """Changes inside are audited as `public_form` deliveries of `operation`; the unit of work
    names `principal` as the actor."""
    del principal
    with via(INTERFACE, operation=operation):
        yield
