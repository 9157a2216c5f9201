"""Workflow status reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.task_statuses import service
from backend.task_statuses.types import TaskStatus


@strawberry.type
class TaskStatusesQuery:
    @strawberry.field(
        description="The workflow statuses in order: a project's own set when it has one, else the organization's."
    )
    async def task_statuses_list(
        self, info: AppInfo, project_id: strawberry.ID | None = None
    ) -> list[TaskStatus]:
        rows = await service.list_statuses(principal(info), project_id=project_id)
        return [TaskStatus.from_model(s) for s in rows]
