"""Typed events: each domain declares its `entity.verb` types and who may see them.

A domain subclasses `EventType` once per entity type in its own `events.py`, naming the rule
that decides visibility (`space_access` unless it says otherwise) and, per event, the access it
changes. Subclassing registers the class; core knows no domain.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import Flag, StrEnum, auto
from typing import Any, ClassVar, Protocol, Self, TypeVar

from backend.core.principal import Principal
from subscriptions import EventMessage


class AccessChange(Flag):
    """What an event changes about who may see other events; subscribers' caches forget it."""

    NONE = 0
    # The token with the event's entity id changed (revoked): re-read it.
    TOKEN = auto()
    # The membership of the user with the event's entity id changed: re-read role and Spaces.
    MEMBER = auto()
    # Who may read the event's Space changed: re-check access to that Space.
    SPACE = auto()
    # Who may see events about the event's entity changed (a private chat channel's members):
    # re-read the facts shared under (entity type, entity id).
    ENTITY = auto()


T = TypeVar("T")


class Viewer(Protocol):
    """A subscriber as visibility rules see it: its current principal, its Space access, and the
    facts every subscriber of the process shares (backend/core/event_facts.py)."""

    @property
    def principal(self) -> Principal: ...

    async def can_access_space(self, project_id: str) -> bool: ...

    async def shared(self, key: tuple[str, str], read: Callable[[], Awaitable[T]]) -> T:
        """The fact under `key` (kind, id), read once for all subscribers; a rule reads there
        whatever is the same for every subscriber (a channel's members), never a per-viewer
        answer. Facts under (entity type, entity id) are forgotten by `AccessChange.ENTITY`."""
        ...


Visibility = Callable[[Viewer, EventMessage], Awaitable[bool]]


async def space_access(viewer: Viewer, message: EventMessage) -> bool:
    """The default: every organization member, and Space access when the event has a Space."""
    if message.project_id is None:
        return True
    return await viewer.can_access_space(message.project_id)


async def actor_only(viewer: Viewer, message: EventMessage) -> bool:
    """Personal things (a token): only the user who acted sees the event."""
    return message.actor_id == viewer.principal.user_id


_registered: list[type[EventType]] = []
_index: dict[str, EventType] | None = None


class EventType(StrEnum):
    """Base of a domain's event enum: the value is the wire name `entity.verb`."""

    description: str
    changes: AccessChange
    visibility: ClassVar[Visibility]

    def __new__(
        cls, value: str, description: str, changes: AccessChange = AccessChange.NONE
    ) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.description = description
        member.changes = changes
        return member

    def __init_subclass__(cls, *, visibility: Visibility = space_access, **kwargs: Any) -> None:
        global _index
        super().__init_subclass__(**kwargs)
        cls.visibility = visibility
        _registered.append(cls)
        _index = None  # members exist only once the class is built: index them on first use

    @property
    def entity_type(self) -> str:
        return self.value.split(".", 1)[0]


def _build_index() -> dict[str, EventType]:
    owners: dict[str, type[EventType]] = {}
    index: dict[str, EventType] = {}
    for cls in _registered:
        for member in cls:
            owner = owners.setdefault(member.entity_type, cls)
            if owner is not cls:
                raise RuntimeError(
                    f"{member.value} is declared by {cls.__qualname__}, but "
                    f"{owner.__qualname__} owns the '{member.entity_type}' events"
                )
            index[member.value] = member
    return index


def _current_index() -> dict[str, EventType]:
    global _index
    if _index is None:
        _index = _build_index()
    return _index


def all_event_types() -> list[EventType]:
    """Every declared event type, ordered by wire name."""
    return sorted(_current_index().values(), key=lambda member: member.value)


def lookup(wire_name: str) -> EventType | None:
    """The declared type of a wire name; None for one this process does not know."""
    return _current_index().get(wire_name)
