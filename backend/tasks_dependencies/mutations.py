"""Task dependency changes."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.tasks_dependencies import service
from backend.tasks_dependencies.types import TaskDependency


@strawberry.type
class TasksDependenciesMutation:
    @strawberry.mutation(
        description="Make a task wait for another; refused if it would close a cycle."
    )
    async def tasks_dependencies_add(
        self, info: AppInfo, task_id: strawberry.ID, depends_on_task_id: strawberry.ID
    ) -> Payload[TaskDependency]:
        call = service.add_dependency(
            principal(info), task_id=task_id, depends_on_task_id=depends_on_task_id
        )
        return await as_payload(call, TaskDependency.from_model)

    @strawberry.mutation(description="Remove a dependency between two tasks.")
    async def tasks_dependencies_remove(
        self, info: AppInfo, task_id: strawberry.ID, depends_on_task_id: strawberry.ID
    ) -> Payload[TaskDependency]:
        call = service.remove_dependency(
            principal(info), task_id=task_id, depends_on_task_id=depends_on_task_id
        )
        return await as_payload(call, TaskDependency.from_model)
