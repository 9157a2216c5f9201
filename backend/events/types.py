"""The GraphQL shape of a realtime event: ids only, fetch what changed if you need it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from subscriptions import EventMessage


@strawberry.type(description="Something changed. Fetch the entity by id for its new state.")
class Event:
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
            type=message.type,
            entity_type=message.entity_type,
            entity_id=strawberry.ID(message.entity_id),
            project_id=None if message.project_id is None else strawberry.ID(message.project_id),
            actor_id=None if message.actor_id is None else strawberry.ID(message.actor_id),
            occurred_at=message.occurred_at,
        )
