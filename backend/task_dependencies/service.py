"""Dependency rules that other domains rely on: open blockers, and what a completion unblocks."""

from __future__ import annotations

from backend.core.errors import Conflict
from backend.task_dependencies.models import TaskDependency
from backend.tasks.models import Task


async def open_blockers(task_id: object) -> list[Task]:
    """Tasks `task_id` depends on that are not completed yet."""
    return await Task.filter(dependents__task_id=task_id, completed_at__isnull=True).order_by(
        "number"
    )


async def ensure_no_open_blockers(task: Task) -> None:
    blockers = await open_blockers(task.id)
    if blockers:
        keys = ", ".join(await _keys(blockers))
        raise Conflict(
            f"This task is blocked by open tasks: {keys}. Complete them first, or remove the "
            "dependencies with tasks_dependencies_remove.",
            field="status_id",
        )


async def unblocked_by(task: Task) -> list[Task]:
    """Tasks that depended on `task` (now completed) and have no open blocker left."""
    dependents = await Task.filter(dependencies__depends_on_id=task.id).distinct()
    return [t for t in dependents if not await open_blockers(t.id)]


async def _keys(tasks: list[Task]) -> list[str]:
    from backend.projects.models import Project

    projects = {p.id: p.key for p in await Project.filter(id__in={t.project_id for t in tasks})}
    return [f"{projects[t.project_id]}-{t.number}" for t in tasks]


__all__ = ["TaskDependency", "ensure_no_open_blockers", "open_blockers", "unblocked_by"]
