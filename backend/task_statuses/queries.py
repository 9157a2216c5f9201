"""Workflow status reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.projects import service as projects_service
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
        actor = principal(info)
        if project_id is not None:
            rows = await service.workflow(await projects_service.get_project(actor, project_id))
        else:
            rows = await service.organization_statuses(actor.organization_id).order_by("position")
        return [TaskStatus.from_model(s) for s in rows]
