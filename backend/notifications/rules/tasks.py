"""Task rules: assigned to you; a task of yours completed or moved by someone else."""

from __future__ import annotations

from backend.core.unit_of_work import UnitOfWork
from backend.notifications.kinds import NotificationKind
from backend.notifications.rules import Draft, one_line, rule
from backend.notifications.rules.context import actor_name, people_of, quoted, task_of
from subscriptions import EventMessage


@rule("task.assigned", "task.created")
async def assigned(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    # Who was assigned is in the rows this unit of work created (a task created with assignees
    # records task.created only).
    new_assignees = [
        str(change.after["user_id"])
        for change in uow.changes
        if change.entity_type == "task_assignee"
        and change.action == "created"
        and str(change.after.get("task_id")) == message.entity_id
    ]
    if not new_assignees:
        return []
    task = await task_of(uow, message.entity_id)
    if task is None:
        return []
    text = one_line(f"{await actor_name(uow)} assigned you to {quoted(task.title)}")
    return [
        Draft(user_id, NotificationKind.TASK_ASSIGNED, "task", message.entity_id, text)
        for user_id in new_assignees
    ]


@rule("task.status_changed", "task.updated")
async def completed(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    became_complete = any(
        change.entity_type == "task"
        and change.entity_id == message.entity_id
        and change.before.get("completed_at") is None
        and change.after.get("completed_at") is not None
        for change in uow.changes
    )
    if not became_complete:
        return []
    task = await task_of(uow, message.entity_id)
    if task is None:
        return []
    text = one_line(f"{await actor_name(uow)} completed {quoted(task.title)}")
    return [
        Draft(user_id, NotificationKind.TASK_COMPLETED, "task", message.entity_id, text)
        for user_id in await people_of(task)
    ]


@rule("task.moved")
async def moved(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    task = await task_of(uow, message.entity_id)
    if task is None:
        return []
    text = one_line(f"{await actor_name(uow)} moved {quoted(task.title)}")
    return [
        Draft(user_id, NotificationKind.TASK_MOVED, "task", message.entity_id, text)
        for user_id in await people_of(task)
    ]
