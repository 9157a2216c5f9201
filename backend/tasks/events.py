"""Task events: anyone with access to the task's Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskEvent(EventType):
    CREATED = "task.created", "A task was created."
    UPDATED = "task.updated", "A task's fields changed."
    LABELED = "task.labeled", "A label was put on a task."
    UNLABELED = "task.unlabeled", "A label was taken off a task."
    MOVED = "task.moved", "A task moved to another group (board column) or position in one."
    REORDERED = "task.reordered", "A task's position among its siblings changed."
    DELETED = "task.deleted", "A task was deleted."
    ASSIGNED = "task.assigned", "A user was assigned to a task."
    UNASSIGNED = "task.unassigned", "A user was unassigned from a task."
    STATUS_CHANGED = "task.status_changed", "A task's workflow status changed."
