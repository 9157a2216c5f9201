"""Task group changes."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.task_groups import models, service
from backend.task_groups.types import TaskGroup


def _groups(rows: list[models.TaskGroup]) -> list[TaskGroup]:
    return [TaskGroup.from_model(row) for row in rows]


@strawberry.type
class TaskGroupsMutation:
    @strawberry.mutation(
        description="Add a board column or section to a Space, at the end or at a given index."
    )
    async def task_groups_create(
        self, info: AppInfo, project_id: strawberry.ID, name: str, position: int | None = None
    ) -> Payload[TaskGroup]:
        call = service.create_group(
            principal(info), project_id=project_id, name=name, position=position
        )
        return await as_payload(call, TaskGroup.from_model)

    @strawberry.mutation(description="Rename a board column or section.")
    async def task_groups_rename(
        self, info: AppInfo, group_id: strawberry.ID, name: str
    ) -> Payload[TaskGroup]:
        call = service.rename_group(principal(info), group_id=group_id, name=name)
        return await as_payload(call, TaskGroup.from_model)

    @strawberry.mutation(
        description="Put a Space's groups in this order; list each of its groups exactly once."
    )
    async def task_groups_reorder(
        self, info: AppInfo, project_id: strawberry.ID, group_ids: list[strawberry.ID]
    ) -> Payload[list[TaskGroup]]:
        call = service.reorder_groups(
            principal(info), project_id=project_id, group_ids=list(group_ids)
        )
        return await as_payload(call, _groups)

    @strawberry.mutation(
        description="Delete a group; its tasks move to another group of the Space, or out of any group."
    )
    async def task_groups_delete(
        self,
        info: AppInfo,
        group_id: strawberry.ID,
        move_tasks_to_group_id: strawberry.ID | None = None,
    ) -> Payload[TaskGroup]:
        call = service.delete_group(
            principal(info), group_id=group_id, move_tasks_to_group_id=move_tasks_to_group_id
        )
        return await as_payload(call, TaskGroup.from_model)
