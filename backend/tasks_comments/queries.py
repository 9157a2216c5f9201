"""Task comment reads."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.tasks_comments import service
from backend.tasks_comments.types import TaskComment


@strawberry.type
class TasksCommentsQuery:
    @strawberry.field(description="A task's comments, oldest first.")
    async def tasks_comments_list(
        self,
        info: AppInfo,
        task_id: strawberry.ID,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[TaskComment]:
        page = await service.list_comments(
            principal(info), task_id=task_id, limit=limit, cursor=cursor
        )
        return as_connection(page, TaskComment.from_model)
