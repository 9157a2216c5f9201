"""Recurring task rule reads."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.task_recurrences import service
from backend.task_recurrences.types import TaskRecurrence, TaskRecurrenceOccurrence


@strawberry.type
class TaskRecurrencesQuery:
    @strawberry.field(description="Recurring task rules in Spaces you can see, oldest first.")
    async def task_recurrences_list(
        self,
        info: AppInfo,
        project_id: strawberry.ID | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[TaskRecurrence]:
        page = await service.list_recurrences(
            principal(info), project_id=project_id, limit=limit, cursor=cursor
        )
        return as_connection(page, TaskRecurrence.from_model)

    @strawberry.field(description="One recurring task rule.")
    async def task_recurrences_get(
        self, info: AppInfo, recurrence_id: strawberry.ID
    ) -> TaskRecurrence:
        return TaskRecurrence.from_model(
            await service.get_recurrence(principal(info), recurrence_id)
        )

    @strawberry.field(description="The tasks a recurring rule created, latest due date first.")
    async def task_recurrences_occurrences_list(
        self,
        info: AppInfo,
        recurrence_id: strawberry.ID,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[TaskRecurrenceOccurrence]:
        page = await service.list_occurrences(
            principal(info), recurrence_id=recurrence_id, limit=limit, cursor=cursor
        )
        return as_connection(page, TaskRecurrenceOccurrence.from_model)
