"""Workflow status changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.task_statuses import service
from backend.task_statuses.types import TaskStatus


@strawberry.type
class TaskStatusesMutation:
    task_statuses_create = mutation(
        service.create_status,
        TaskStatus,
        description=(
            "Add a status at the end of the organization's workflow, or of a project's own workflow. "
            "A project's first status starts its own workflow, which from then on is exactly its "
            "own statuses; its tasks keep their current status until moved."
        ),
    )
    task_statuses_update = mutation(
        service.update_status,
        TaskStatus,
        description="Change a status; clear_auto_advance removes its auto-advance transition.",
    )
    task_statuses_reorder = mutation(
        service.reorder_statuses,
        list[TaskStatus],
        description="Put a workflow's statuses in this order; list each of its statuses exactly "
        "once.",
    )
    task_statuses_delete = mutation(
        service.delete_status,
        TaskStatus,
        description="Delete a status, moving its tasks to a replacement status of the same "
        "workflow.",
    )
