"""Workflow status reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.task_statuses import service
from backend.task_statuses.types import TaskStatus


@strawberry.type
class TaskStatusesQuery:
    task_statuses_list = query(
        service.list_statuses,
        list[TaskStatus],
        description="The workflow statuses in order: a project's own set when it has one, "
        "else the organization's.",
    )
