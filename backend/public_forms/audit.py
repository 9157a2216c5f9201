"""The interface submissions are recorded under: the one place it is declared.

The audit mechanism (another branch) wires it here, e.g. `with via(Interface.PUBLIC_FORM, ...)`.
A submission has no user: it is recorded as the form's creator, through this interface.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from backend.core.principal import Principal

INTERFACE = "public_form"


@asynccontextmanager
async def as_public_form(principal: Principal, *, operation: str) -> AsyncIterator[None]:
    del principal, operation  # the audit integration names the actor and operation from these
    yield
