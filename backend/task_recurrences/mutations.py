"""Recurring task rule changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.task_recurrences import service
from backend.task_recurrences.types import TaskRecurrence


@strawberry.type
class TaskRecurrencesMutation:
    task_recurrences_create = mutation(
        service.create_recurrence,
        TaskRecurrence,
        description="Make a task recur: from a template task, or a Space and a title.",
    )
    task_recurrences_update = mutation(
        service.update_recurrence,
        TaskRecurrence,
        description="Change a recurring rule; clear_* arguments empty a field, paused stops it.",
    )
    task_recurrences_delete = mutation(
        service.delete_recurrence,
        TaskRecurrence,
        description="Delete a recurring rule; the tasks it already created stay.",
    )
