"""Who may see an event: the owning domain's rule, judged on facts shared by the process.

A subscriber holds only its principal. Everything else a judgement needs is the same for every
subscriber and lives in the process's shared facts (backend/core/event_facts.py): the
organization's roles and live tokens, each Space's readers, and what the domains' rules read
(a chat channel's members, a notification's recipient). So delivering an event to N subscribers
costs SQL per event, or per change of access, never per subscriber.

Exact: an event that changes access forgets, once per process, the facts it changed (token
revoked, role changed, membership removed, Space members or visibility changed, a private
channel's members changed), and the subscriber it concerns re-reads its principal by its next
event; a token's expiry is checked on every event. A subscriber re-reads its principal from the
shared roster at least every `max_age` (bounding an invalidation lost in the broker), and
`max_age=0` reads everything from the database per event (the uncached path).
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from backend.core import event_facts
from backend.core.errors import Unauthenticated
from backend.core.event_facts import FACTS, Key
from backend.core.event_types import AccessChange, lookup
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.members import service as members_service
from backend.projects import service as projects_service
from backend.projects.events import space_readers
from backend.users import authentication as auth
from subscriptions import EventMessage

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Roster:
    """An organization's members' roles, shared under ("roster", organization id)."""

    roles: dict[str, Role]


@dataclass(frozen=True, slots=True)
class LiveTokens:
    """An organization's unrevoked tokens and their expiry, under ("tokens", organization id)."""

    expires_at: dict[str, datetime | None]


async def _roster(organization_id: str) -> Roster:
    return Roster(await members_service.roles_in(organization_id=organization_id))


async def _live_tokens(organization_id: str) -> LiveTokens:
    return LiveTokens(await auth.live_tokens(organization_id))


async def refreshed(principal: Principal) -> Principal:
    """The same principal with its current role, from the organization's shared roster and live
    tokens; raises Unauthenticated once it lost access. Anything the shared facts do not know
    (a member or token newer than them) is read from the database, as `auth.refresh` does."""
    organization_id = principal.organization_id
    roster = await FACTS.get(("roster", organization_id), partial(_roster, organization_id))
    role = roster.roles.get(principal.user_id)
    token_id = principal.token_id
    token_known = True
    if token_id is not None:
        tokens = await FACTS.get(
            ("tokens", organization_id), partial(_live_tokens, organization_id)
        )
        token_known = token_id in tokens.expires_at
        expires_at = tokens.expires_at.get(token_id)
        if token_known and expires_at is not None and expires_at <= datetime.now(UTC):
            raise Unauthenticated("The access token expired.")
    if role is None or not token_known:
        return await auth.refresh(principal)
    return replace(principal, role=role)


def _forgotten_by(message: EventMessage, changes: AccessChange) -> list[Key]:
    """The shared facts an access-changing event makes stale."""
    keys: list[Key] = []
    if AccessChange.TOKEN in changes:
        keys.append(("tokens", message.organization_id))
    if AccessChange.MEMBER in changes:
        keys.append(("roster", message.organization_id))
    if AccessChange.SPACE in changes and message.project_id is not None:
        keys.append(("space", message.project_id))
    if AccessChange.ENTITY in changes:
        keys.append((message.entity_type, message.entity_id))
    return keys


class SubscriberAccess:
    """One subscription's principal, judging events on the process's shared facts."""

    def __init__(self, principal: Principal, *, max_age: float | None = None) -> None:
        self._principal = principal
        self._max_age = event_facts.MAX_AGE_SECONDS if max_age is None else max_age
        self._fresh_until = 0.0  # re-read on the first event, as before any cache

    @property
    def principal(self) -> Principal:
        return self._principal

    def observe(self, message: EventMessage) -> None:
        """Forget what this event changed; call it for every event, before any filter."""
        event_type = lookup(message.type)
        if event_type is None or message.organization_id != self._principal.organization_id:
            return
        changes = event_type.changes
        if not changes:
            return
        # Once per process: the first subscriber to observe the event forgets for all.
        FACTS.forget_once(message, _forgotten_by(message, changes))
        if AccessChange.TOKEN in changes and message.entity_id == self._principal.token_id:
            self._fresh_until = 0.0
        if AccessChange.MEMBER in changes and message.entity_id == self._principal.user_id:
            self._fresh_until = 0.0

    async def refresh(self) -> None:
        """Re-read token, membership and role if they may have changed; raises Unauthenticated
        once the subscriber lost access."""
        expires_at = self._principal.token_expires_at
        if expires_at is not None and expires_at <= datetime.now(UTC):
            raise Unauthenticated("The access token expired.")
        now = time.monotonic()
        if now < self._fresh_until:
            return
        if self._max_age <= 0:
            self._principal = await auth.refresh(self._principal)
        else:
            self._principal = await refreshed(self._principal)
        # Spread over the second half of max_age, so subscriptions opened together (after a
        # deploy) do not all look at the same moment (cheap now, a dict lookup when shared).
        self._fresh_until = now + self._max_age * random.uniform(0.5, 1.0)

    async def shared(self, key: Key, read: Callable[[], Awaitable[T]]) -> T:
        if self._max_age <= 0:
            return await read()
        return await FACTS.get(key, read)

    async def can_access_space(self, project_id: str) -> bool:
        if self._max_age <= 0:
            return await projects_service.can_access(self._principal, project_id)
        readers = await FACTS.get(("space", project_id), partial(space_readers, project_id))
        return readers is not None and readers.admit(self._principal)

    async def can_see(self, message: EventMessage) -> bool:
        if message.organization_id != self._principal.organization_id:
            return False
        event_type = lookup(message.type)
        if event_type is None:
            return False  # a type this process does not know (a newer replica): fail closed
        return await type(event_type).visibility(self, message)
