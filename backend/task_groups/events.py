"""Task group events: anyone with access to the group's Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskGroupEvent(EventType):
    CREATED = "task_group.created", "A task group was created."
    RENAMED = "task_group.renamed", "A task group was renamed."
    REORDERED = "task_group.reordered", "A task group moved among the Space's groups."
    DELETED = "task_group.deleted", "A task group was deleted."
