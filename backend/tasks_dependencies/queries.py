"""Task dependency reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.tasks_dependencies import service
from backend.tasks_dependencies.types import TaskDependencies, TaskDependencyEdges


@strawberry.type
class TasksDependenciesQuery:
    tasks_dependencies_list = query(
        service.list_dependencies,
        TaskDependencies,
        description="What a task depends on, and what depends on it.",
    )
    tasks_dependencies_list_all = query(
        service.list_all_dependencies,
        TaskDependencyEdges,
        description="Every dependency edge in the organization between tasks you can see, "
        "in one call (no paging).",
    )
