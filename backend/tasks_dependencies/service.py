"""Dependencies between tasks: adding without cycles, listing, and the blocker rules that the
status-change path relies on (open blockers, and what a completion unblocks)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

from tortoise.expressions import Subquery

from backend.core.arguments import Doc, Id
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.orgs import locks as org_locks
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks.arguments import TaskId
from backend.tasks.models import Task
from backend.tasks_dependencies.events import TaskDependencyEvent
from backend.tasks_dependencies.models import TaskDependency


async def open_blockers(task_id: object) -> list[Task]:
    """Tasks `task_id` depends on that are not completed yet."""
    return await Task.filter(dependents__task_id=task_id, completed_at__isnull=True).order_by(
        "number"
    )


async def ensure_no_open_blockers(principal: Principal, task: Task) -> None:
    blockers = await open_blockers(task.id)
    if blockers:
        keys = await _describe(principal, [t.id for t in blockers], separator=", ")
        raise Conflict(
            f"This task is blocked by open tasks: {keys}. Complete them first, or remove the "
            "dependencies with tasks_dependencies_remove.",
            field="status_id",
            reason="BLOCKED_BY_OPEN_TASKS",
        )


async def unblocked_by(task: Task) -> list[Task]:
    """Tasks that depended on `task` (now completed) and have no open blocker left."""
    dependents = await Task.filter(dependencies__depends_on_id=task.id).distinct()
    return [t for t in dependents if not await open_blockers(t.id)]


async def _keys(tasks: list[Task]) -> list[str]:
    from backend.projects.models import Project

    projects = {p.id: p.key for p in await Project.filter(id__in={t.project_id for t in tasks})}
    return [f"{projects[t.project_id]}-{t.number}" for t in tasks]


@dataclass(frozen=True)
class TaskDependencies:
    """Both directions around one task, limited to tasks the principal can see."""

    task: Task
    depends_on: list[Task]
    dependents: list[Task]


async def list_dependencies(principal: Principal, *, task_id: TaskId) -> TaskDependencies:
    task = await tasks_service.get_task(principal, task_id)
    depends_on = (
        await tasks_service.visible_tasks(principal)
        .filter(dependents__task_id=task.id)
        .order_by("project_id", "number")
    )
    dependents = (
        await tasks_service.visible_tasks(principal)
        .filter(dependencies__depends_on_id=task.id)
        .order_by("project_id", "number")
    )
    return TaskDependencies(task=task, depends_on=depends_on, dependents=dependents)


async def list_all_dependencies(principal: Principal) -> list[TaskDependency]:
    """Every edge of the organization the principal can see, in one list (no paging)."""
    visible = Subquery(tasks_service.visible_tasks(principal).values("id"))
    return await TaskDependency.filter(
        organization_id=principal.organization_id,
        task_id__in=visible,
        depends_on_id__in=Subquery(tasks_service.visible_tasks(principal).values("id")),
    ).order_by("created_at", "id")


async def _dependency_pair(
    principal: Principal, task_id: str, depends_on_task_id: str
) -> tuple[Task, Task]:
    principal.require(Permission.MANAGE_TASKS, "change task dependencies")
    task = await tasks_service.get_task(principal, task_id)
    depends_on = await tasks_service.get_task(
        principal, depends_on_task_id, field="depends_on_task_id"
    )
    # The edge belongs to the dependent task: its Space must accept changes.
    await projects_service.writable_project_of(principal, task)
    return task, depends_on


def find_path(edges: list[tuple[UUID, UUID]], start: UUID, goal: UUID) -> list[UUID] | None:
    """A shortest path start → … → goal following `task → depends_on` edges, by BFS."""
    following: dict[UUID, list[UUID]] = {}
    for task_id, depends_on_id in edges:
        following.setdefault(task_id, []).append(depends_on_id)
    came_from: dict[UUID, UUID | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [node]
            while (previous := came_from[path[-1]]) is not None:
                path.append(previous)
            return path[::-1]
        for nxt in following.get(node, ()):
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    return None


async def _describe(principal: Principal, task_ids: list[UUID], *, separator: str = " → ") -> str:
    """WEB-1 → WEB-3 → WEB-1, hiding the keys of tasks the principal cannot see."""
    tasks = {t.id: t for t in await Task.filter(id__in=task_ids)}
    visible = set(
        await tasks_service.visible_tasks(principal)
        .filter(id__in=task_ids)
        .values_list("id", flat=True)
    )
    keys = dict(zip([t.id for t in tasks.values()], await _keys(list(tasks.values())), strict=True))
    return separator.join(keys[i] if i in visible else "(a task you cannot see)" for i in task_ids)


async def add_dependency(
    principal: Principal,
    *,
    task_id: Annotated[Id, Doc("The task that waits, by id or key, e.g. WEB-42.")],
    depends_on_task_id: Annotated[Id, Doc("The task it waits for (the blocker), by id or key.")],
) -> TaskDependency:
    """`task_id` cannot complete until `depends_on_task_id` has: refuses self, duplicates, cycles."""
    async with unit_of_work(principal) as uow:
        task, depends_on = await _dependency_pair(principal, task_id, depends_on_task_id)
        if task.id == depends_on.id:
            raise Invalid(
                "A task cannot depend on itself.",
                field="depends_on_task_id",
                reason="DEPENDENCY_CYCLE",
            )
        # Dependency changes serialize per organization until commit, so two concurrent adds
        # can never each miss the other's edge and close a cycle together.
        await org_locks.lock_organization(principal.organization_id)
        (task_key, depends_on_key) = await _keys([task, depends_on])
        if await TaskDependency.exists(task_id=task.id, depends_on_id=depends_on.id):
            raise Conflict(
                f"{task_key} already depends on {depends_on_key}; nothing to add.",
                field="depends_on_task_id",
                reason="DEPENDENCY_EXISTS",
            )
        edges = await TaskDependency.filter(organization_id=principal.organization_id).values_list(
            "task_id", "depends_on_id"
        )
        path = find_path(list(edges), depends_on.id, task.id)
        if path is not None:
            cycle = await _describe(principal, [task.id, *path])
            raise Conflict(
                f"{task_key} cannot depend on {depends_on_key}: that would close the cycle "
                f"{cycle}. Remove one of those dependencies first with tasks_dependencies_remove.",
                field="depends_on_task_id",
                reason="DEPENDENCY_CYCLE",
            )
        dependency = await TaskDependency.create(
            organization_id=principal.organization_id, task_id=task.id, depends_on_id=depends_on.id
        )
        uow.record(TaskDependencyEvent.ADDED, dependency.id, project_id=task.project_id)
    return dependency


async def remove_dependency(
    principal: Principal,
    *,
    task_id: Annotated[Id, Doc("The task that waits, by id or key, e.g. WEB-42.")],
    depends_on_task_id: Annotated[Id, Doc("The task it waits for, by id or key.")],
) -> TaskDependency:
    async with unit_of_work(principal) as uow:
        task, depends_on = await _dependency_pair(principal, task_id, depends_on_task_id)
        dependency = await TaskDependency.get_or_none(task_id=task.id, depends_on_id=depends_on.id)
        if dependency is None:
            task_key, depends_on_key = await _keys([task, depends_on])
            raise NotFound(
                f"{task_key} does not depend on {depends_on_key}; nothing to remove. "
                "See its dependencies with tasks_dependencies_list.",
                field="depends_on_task_id",
            )
        await dependency.delete()
        uow.record(TaskDependencyEvent.REMOVED, dependency.id, project_id=task.project_id)
    return dependency


__all__ = [
    "TaskDependencies",
    "TaskDependency",
    "add_dependency",
    "ensure_no_open_blockers",
    "find_path",
    "list_all_dependencies",
    "list_dependencies",
    "open_blockers",
    "remove_dependency",
    "unblocked_by",
]
