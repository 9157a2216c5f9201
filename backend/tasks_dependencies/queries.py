"""Task dependency reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.tasks.types import Task
from backend.tasks_dependencies import service
from backend.tasks_dependencies.types import TaskDependencies, TaskDependency, TaskDependencyEdges


@strawberry.type
class TasksDependenciesQuery:
    @strawberry.field(description="What a task depends on, and what depends on it.")
    async def tasks_dependencies_list(
        self, info: AppInfo, task_id: strawberry.ID
    ) -> TaskDependencies:
        found = await service.list_dependencies(principal(info), task_id=task_id)
        return TaskDependencies(
            task=Task.from_model(found.task),
            depends_on=[Task.from_model(t) for t in found.depends_on],
            dependents=[Task.from_model(t) for t in found.dependents],
        )

    @strawberry.field(
        description="Every dependency edge in the organization between tasks you can see, "
        "in one call (no paging)."
    )
    async def tasks_dependencies_list_all(self, info: AppInfo) -> TaskDependencyEdges:
        edges = await service.list_all_dependencies(principal(info))
        return TaskDependencyEdges(
            items=[TaskDependency.from_model(e) for e in edges], total_count=len(edges)
        )
