"""GraphQL types of notifications."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.rows import FromRow
from backend.notifications import service
from backend.notifications.kinds import NotificationKind


@strawberry.type(description="Something that happened that concerns you.")
class Notification(FromRow):
    id: strawberry.ID
    kind: NotificationKind
    entity_type: str = strawberry.field(description="What it is about, e.g. task, task_comment.")
    entity_id: strawberry.ID
    text: str = strawberry.field(description="One line saying what happened.")
    actor_id: strawberry.ID | None = strawberry.field(description="Who did it; null for reminders.")
    read_at: datetime | None
    created_at: datetime


@strawberry.type(description="How many of your notifications are unread.")
class NotificationCount:
    unread_count: int
    changed: int = strawberry.field(description="How many notifications this call marked read.")

    @classmethod
    def from_model(cls, count: service.UnreadCount) -> NotificationCount:
        return cls(unread_count=count.unread_count, changed=count.changed)
