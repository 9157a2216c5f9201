"""Reads the rules share: the actor's name, a task and the people it belongs to."""

from __future__ import annotations

from backend.core.errors import NotFound
from backend.core.unit_of_work import UnitOfWork
from backend.tasks import service as tasks_service
from backend.tasks.models import Task, TaskAssignee
from backend.users import service as users_service


async def actor_name(uow: UnitOfWork) -> str:
    try:
        user = await users_service.get_user(uow.principal, user_id=uow.principal.user_id)
    except NotFound:
        return "Someone"
    return user.name or user.email


async def task_of(uow: UnitOfWork, task_id: str) -> Task | None:
    """The task as the actor sees it (the actor just changed it, so they can)."""
    try:
        return await tasks_service.get_task(uow.principal, task_id)
    except NotFound:
        return None


async def assignee_ids(task: Task) -> list[str]:
    rows = await TaskAssignee.filter(task_id=task.id).values_list("user_id", flat=True)
    return sorted(str(row) for row in rows)


async def people_of(task: Task) -> list[str]:
    """A task's people: its assignees and whoever created it."""
    people = await assignee_ids(task)
    creator = task.created_by_id  # type: ignore[attr-defined]  # the model declares no *_id for it
    if creator is not None and str(creator) not in people:
        people.append(str(creator))
    return people


def quoted(title: str) -> str:
    return f"“{title}”"
