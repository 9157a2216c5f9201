"""Recurring task events: anyone with access to the rule's Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskRecurrenceEvent(EventType):
    CREATED = "task_recurrence.created", "A recurrence rule was created."
    UPDATED = "task_recurrence.updated", "A recurrence rule changed."
    DELETED = "task_recurrence.deleted", "A recurrence rule was deleted."
