"""Workflow status events: organization-wide statuses reach every member, a Space's its members."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskStatusEvent(EventType):
    CREATED = "task_status.created", "A workflow status was created."
    UPDATED = "task_status.updated", "A workflow status changed."
    REORDERED = "task_status.reordered", "A workflow status moved in its workflow."
    DELETED = "task_status.deleted", "A workflow status was deleted."
