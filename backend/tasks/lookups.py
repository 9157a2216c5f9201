"""Tasks the principal can see or change, by id or human key (WEB-42), and the board's lock."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar
from uuid import UUID

from tortoise.expressions import Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.core.errors import NotFound
from backend.core.ids import parse_id
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.projects import locks as project_locks
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.tasks.models import Task

HUMAN_KEY = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,9})-(\d+)$")


M = TypeVar("M", bound=Model)


def visible_tasks(principal: Principal) -> QuerySet[Task]:
    return projects_service.in_accessible_projects(principal, Task)


def on_visible_tasks(principal: Principal, model: type[M]) -> QuerySet[M]:
    """Rows of a task-owned model (one with `task_id`) on tasks the principal can see."""
    return model.filter(task_id__in=Subquery(visible_tasks(principal).values("id")))


async def get_task(principal: Principal, task_ref: str, *, field: str = "task_id") -> Task:
    """A task by id or by human key (WEB-42), if the principal can see its project."""
    match = HUMAN_KEY.match(task_ref.strip())
    query = visible_tasks(principal)
    if match:
        task = await query.filter(project__key=match[1].upper(), number=int(match[2])).first()
    else:
        task = await query.filter(id=parse_id(task_ref, entity="task", field=field)).first()
    if task is None:
        raise NotFound.entity("task", task_ref, field=field)
    return task


async def get_tasks(principal: Principal, task_refs: Sequence[str], *, field: str) -> list[Task]:
    """Several tasks by id or key, in the order given: one query for all the ids."""
    by_id: dict[UUID, str] = {}
    for ref in task_refs:
        if not HUMAN_KEY.match(ref.strip()):
            by_id[parse_id(ref, entity="task", field=field)] = ref
    found = {t.id: t for t in await visible_tasks(principal).filter(id__in=list(by_id))}
    for uuid, ref in by_id.items():
        if uuid not in found:
            raise NotFound.entity("task", ref, field=field)
    tasks = []
    for ref in task_refs:
        if HUMAN_KEY.match(ref.strip()):
            tasks.append(await get_task(principal, ref, field=field))
        else:
            tasks.append(found[parse_id(ref, entity="task", field=field)])
    return tasks


async def get_writable_task(principal: Principal, task_ref: object) -> tuple[Task, Project]:
    """A task the principal can see, with its Space, refused when the Space is archived.


    The caller checks the permission its change needs first.
    """
    task = await get_task(principal, str(task_ref))
    # Seeing the task implies reading its Space: no second access check.
    project = await Project.get(id=task.project_id)
    projects_service.ensure_writable(project)
    return task, project


async def get_task_to_change(principal: Principal, task_ref: str) -> tuple[Task, Project]:
    principal.require(Permission.MANAGE_TASKS, "change tasks")
    return await get_writable_task(principal, task_ref)


async def lock_task(task_id: object) -> None:
    """Serialize changes to what a task owns (its checklist's positions) until commit.

    `FOR NO KEY UPDATE`, like the project's lock: rows that merely reference the task (a new
    checklist item, a comment) take only the foreign key's `KEY SHARE` and are not blocked.
    SQLite runs one writer at a time already.
    """
    await Task.filter(id=task_id).select_for_update(no_key=True).first()


async def lock_project_tasks(project_id: object) -> None:
    """Serialize board-order and hierarchy changes per project until commit."""
    await project_locks.lock_project(project_id)
