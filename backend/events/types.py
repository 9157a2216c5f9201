"""The GraphQL shape of a realtime event, and the `EventType` enum of every declared type."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import cast

import strawberry

from backend.events import registry
from subscriptions import EventMessage

STREAM_RESYNC = "stream.resync"


def graphql_name(wire_name: str) -> str:
    """`task.created` → `TASK_CREATED`."""
    return wire_name.replace(".", "_").upper()


def _event_type_enum() -> type[Enum]:
    values = {
        graphql_name(member.value): strawberry.enum_value(
            member.value, description=f"`{member.value}`: {member.description}"
        )
        for member in registry.load()
    }
    # Not a domain's event: the stream itself says "refetch, you missed events" (never filtered).
    values[graphql_name(STREAM_RESYNC)] = strawberry.enum_value(
        STREAM_RESYNC,
        description=(
            f"`{STREAM_RESYNC}`: events you asked to resume from (`after`) are past the retention "
            "window or could not be recovered. Refetch what you show; later events follow this "
            "one's sequence. Always delivered, whatever `types` says."
        ),
    )
    # Built, not written out: the values are the domains' declarations (typeshed cannot see it).
    enum_class = cast(type[Enum], Enum("EventType", values))
    return strawberry.enum(
        enum_class,
        description=(
            "Every event type, each domain's declarations together. The value is the wire name "
            "`entity.verb` (an Event's `type`) in capitals: TASK_CREATED is `task.created`."
        ),
    )


EventTypeEnum = _event_type_enum()


@strawberry.type(description="Something changed. Fetch the entity by id for its new state.")
class Event:
    id: strawberry.ID = strawberry.field(
        description="Unique id of this event (the same on every replica and every redelivery)."
    )
    sequence: int = strawberry.field(
        description=(
            "Position in your organization's event stream: from 1, increasing by one per "
            "committed event (you see only those you may, so yours can skip numbers). Remember "
            "the last one you saw and reconnect with `events(after: sequence)` to receive what "
            "you missed."
        )
    )
    type: str = strawberry.field(
        description="entity.verb, e.g. task.created or time_entry.stopped."
    )
    entity_type: str
    entity_id: strawberry.ID
    project_id: strawberry.ID | None
    actor_id: strawberry.ID | None
    occurred_at: datetime

    @classmethod
    def from_message(cls, message: EventMessage) -> Event:
        return cls(
            id=strawberry.ID(message.id),
            sequence=message.sequence,
            type=message.type,
            entity_type=message.entity_type,
            entity_id=strawberry.ID(message.entity_id),
            project_id=None if message.project_id is None else strawberry.ID(message.project_id),
            actor_id=None if message.actor_id is None else strawberry.ID(message.actor_id),
            occurred_at=message.occurred_at,
        )
