"""Task dependency changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.tasks_dependencies import service
from backend.tasks_dependencies.types import TaskDependency


@strawberry.type
class TasksDependenciesMutation:
    tasks_dependencies_add = mutation(
        service.add_dependency,
        TaskDependency,
        description="Make a task wait for another; refused if it would close a cycle.",
    )
    tasks_dependencies_remove = mutation(
        service.remove_dependency,
        TaskDependency,
        description="Remove a dependency between two tasks.",
    )
