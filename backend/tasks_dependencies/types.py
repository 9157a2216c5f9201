"""GraphQL types of task dependencies."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.tasks.loaders import tasks_by_id
from backend.tasks.types import Task
from backend.tasks_dependencies import models, service


async def _task(info: AppInfo, task_id: str) -> Task:
    row = await info.context.loaders.get(tasks_by_id).load(str(task_id))
    assert row is not None  # an edge is deleted with either of its tasks
    return Task.from_model(row)


@strawberry.type(description="An edge: task cannot be completed before depends_on is.")
class TaskDependency:
    id: strawberry.ID
    task_id: strawberry.ID = strawberry.field(description="The blocked (dependent) task.")
    depends_on_task_id: strawberry.ID = strawberry.field(description="The blocking task.")
    created_at: datetime

    @strawberry.field(description="The blocked (dependent) task.")
    async def task(self, info: AppInfo) -> Task:
        return await _task(info, self.task_id)

    @strawberry.field(description="The blocking task.")
    async def depends_on(self, info: AppInfo) -> Task:
        return await _task(info, self.depends_on_task_id)

    @classmethod
    def from_model(cls, row: models.TaskDependency) -> TaskDependency:
        return from_row(cls, row, depends_on_task_id=row.depends_on_id)


@strawberry.type(description="One task's dependencies in both directions.")
class TaskDependencies:
    task: Task
    depends_on: list[Task] = strawberry.field(
        description="Tasks this one waits for (its blockers)."
    )
    dependents: list[Task] = strawberry.field(description="Tasks waiting for this one.")

    @classmethod
    def from_model(cls, found: service.TaskDependencies) -> TaskDependencies:
        return cls(
            task=Task.from_model(found.task),
            depends_on=[Task.from_model(t) for t in found.depends_on],
            dependents=[Task.from_model(t) for t in found.dependents],
        )


@strawberry.type(description="Every dependency edge you can see in the organization, unpaged.")
class TaskDependencyEdges:
    items: list[TaskDependency]
    total_count: int

    @classmethod
    def from_model(cls, edges: list[models.TaskDependency]) -> TaskDependencyEdges:
        return cls(items=[TaskDependency.from_model(e) for e in edges], total_count=len(edges))
