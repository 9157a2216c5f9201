"""Task comment events: anyone with access to the task's Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskCommentEvent(EventType):
    ADDED = "task_comment.added", "A comment was added to a task."
    UPDATED = "task_comment.updated", "A comment was edited."
    DELETED = "task_comment.deleted", "A comment was deleted."
