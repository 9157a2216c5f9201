"""Checklist events: anyone with access to the task's Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskChecklistItemEvent(EventType):
    ADDED = "task_checklist_item.added", "A checklist item was added to a task."
    UPDATED = "task_checklist_item.updated", "A checklist item changed or was checked."
    REORDERED = (
        "task_checklist_item.reordered",
        "A task's checklist was reordered (entity: the task).",
    )
    DELETED = "task_checklist_item.deleted", "A checklist item was deleted."
