"""Task and status reads."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.tasks import service
from backend.tasks.types import Task


@strawberry.type
class TasksQuery:
    @strawberry.field(description="Tasks in Spaces you can see, in board order, filtered as asked.")
    async def tasks_list(
        self,
        info: AppInfo,
        project_id: strawberry.ID | None = None,
        status_id: strawberry.ID | None = None,
        assignee_id: strawberry.ID | None = None,
        label_id: strawberry.ID | None = None,
        group_id: strawberry.ID | None = None,
        milestone_id: strawberry.ID | None = None,
        parent_task_id: strawberry.ID | None = None,
        due_before: date | None = None,
        due_after: date | None = None,
        query: str | None = None,
        include_completed: bool = True,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[Task]:
        page = await service.list_tasks(
            principal(info),
            project_id=project_id,
            status_id=status_id,
            assignee_id=assignee_id,
            label_id=label_id,
            group_id=group_id,
            milestone_id=milestone_id,
            parent_task_id=parent_task_id,
            due_before=due_before,
            due_after=due_after,
            query=query,
            include_completed=include_completed,
            limit=limit,
            cursor=cursor,
        )
        return as_connection(page, Task.from_model)

    @strawberry.field(description="One task, by id or human key such as WEB-42.")
    async def tasks_get(self, info: AppInfo, task_id: strawberry.ID) -> Task:
        return Task.from_model(await service.get_task(principal(info), task_id))
