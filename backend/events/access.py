"""Who may see an event: the owning domain's rule, judged on a per-subscription access cache.

The cache is exact: it is re-read whenever an event declares that it changed the subscriber's
access (token revoked, role changed, membership removed, Space members or visibility changed),
and a token's expiry is checked on every event. `max_age` bounds how long an invalidation lost in
the broker could go unseen; `max_age=0` re-reads everything per event (the uncached path).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

from backend.core.errors import Unauthenticated
from backend.core.event_types import AccessChange, lookup
from backend.core.principal import Principal
from backend.projects import service as projects_service
from backend.users import authentication as auth
from subscriptions import EventMessage

MAX_AGE_SECONDS = 60.0


class SubscriberAccess:
    """One subscription's principal and Space access, serving the domains' visibility rules."""

    def __init__(self, principal: Principal, *, max_age: float | None = None) -> None:
        self._principal = principal
        self._max_age = MAX_AGE_SECONDS if max_age is None else max_age
        self._fresh_until = 0.0  # re-read on the first event, as before any cache
        self._spaces: dict[str, bool] = {}

    @property
    def principal(self) -> Principal:
        return self._principal

    def observe(self, message: EventMessage) -> None:
        """Forget what this event changed; call it for every event, before any filter."""
        event_type = lookup(message.type)
        if event_type is None or message.organization_id != self._principal.organization_id:
            return
        changes = event_type.changes
        if AccessChange.TOKEN in changes and message.entity_id == self._principal.token_id:
            self._fresh_until = 0.0
        if AccessChange.MEMBER in changes and message.entity_id == self._principal.user_id:
            self._fresh_until = 0.0
        if AccessChange.SPACE in changes and message.project_id is not None:
            self._spaces.pop(message.project_id, None)

    async def refresh(self) -> None:
        """Re-read token, membership and role if they may have changed; raises Unauthenticated
        once the subscriber lost access."""
        expires_at = self._principal.token_expires_at
        if expires_at is not None and expires_at <= datetime.now(UTC):
            raise Unauthenticated("The access token expired.")
        now = time.monotonic()
        if now < self._fresh_until:
            return
        self._principal = await auth.refresh(self._principal)
        self._spaces.clear()  # Space access follows the role
        # Spread over the second half of max_age, so subscriptions opened together (after a
        # deploy) do not all re-read at the same event.
        self._fresh_until = now + self._max_age * random.uniform(0.5, 1.0)

    async def can_access_space(self, project_id: str) -> bool:
        cached = self._spaces.get(project_id)
        if cached is None:
            cached = await projects_service.can_access(self._principal, project_id)
            self._spaces[project_id] = cached
        return cached

    async def can_see(self, message: EventMessage) -> bool:
        if message.organization_id != self._principal.organization_id:
            return False
        event_type = lookup(message.type)
        if event_type is None:
            return False  # a type this process does not know (a newer replica): fail closed
        return await type(event_type).visibility(self, message)
