"""Task group reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.task_groups import service
from backend.task_groups.types import TaskGroup


@strawberry.type
class TaskGroupsQuery:
    @strawberry.field(description="A Space's board columns and sections, in board order.")
    async def task_groups_list(self, info: AppInfo, project_id: strawberry.ID) -> list[TaskGroup]:
        rows = await service.list_groups(principal(info), project_id=project_id)
        return [TaskGroup.from_model(row) for row in rows]
