"""Tasks through their workflow: status changes, completion, blockers and auto-advance."""

from __future__ import annotations

from datetime import UTC, datetime

from backend.core.principal import Principal
from backend.core.unit_of_work import UnitOfWork, unit_of_work
from backend.task_statuses import service as statuses_service
from backend.task_statuses.arguments import StatusId
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.tasks.arguments import TaskId
from backend.tasks.events import TaskEvent
from backend.tasks.lookups import get_task_to_change
from backend.tasks.models import Task


async def set_status(principal: Principal, *, task_id: TaskId, status_id: StatusId) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        status = await statuses_service.status_for_project(principal, project, status_id)
        if task.status_id != status.id:
            await _move_to_status(uow, task, status)
    return task


async def _move_to_status(uow: UnitOfWork, task: Task, status: TaskStatus) -> None:
    """The one place a task changes status: completion follows the terminal flag, a task with
    open blockers cannot complete, and completing a blocker lets its dependents auto-advance."""
    # Imported here: tasks_dependencies builds on tasks.
    from backend.tasks_dependencies import service as dependencies

    was_completed = task.completed_at is not None
    if status.is_terminal and not was_completed:
        await dependencies.ensure_no_open_blockers(uow.principal, task)
    task.status_id = status.id
    task.completed_at = (task.completed_at or datetime.now(UTC)) if status.is_terminal else None
    await task.save(update_fields=["status_id", "completed_at", "updated_at"])
    uow.record(TaskEvent.STATUS_CHANGED, task.id, project_id=task.project_id)
    if status.is_terminal and not was_completed:
        for dependent in await dependencies.unblocked_by(task):
            await auto_advance(
                uow.principal, task=dependent, trigger=AutoAdvanceTrigger.BLOCKERS_DONE
            )


async def auto_advance(principal: Principal, *, task: Task, trigger: AutoAdvanceTrigger) -> bool:
    """Apply the current status's auto-advance transition for `trigger`, if it has one.


    One hop per triggering event, so transitions can never loop (A → B → A) within an event.
    Returns whether the task moved.
    """
    async with unit_of_work(principal) as uow:
        status = await TaskStatus.get(id=task.status_id)
        if status.auto_advance_on != trigger or status.auto_advance_to_id is None:
            return False
        target = await TaskStatus.get_or_none(id=status.auto_advance_to_id)
        if target is None or target.id == status.id:
            return False
        await _move_to_status(uow, task, target)
    return True


async def replace_status(
    principal: Principal, *, from_status_id: object, to_status_id: object
) -> int:
    """Move every task in one status to another (used when a status is deleted)."""
    async with unit_of_work(principal) as uow:
        target = await TaskStatus.get(id=to_status_id, organization_id=principal.organization_id)
        moving = await Task.filter(
            organization_id=principal.organization_id, status_id=from_status_id
        )
        for task in moving:
            await _move_to_status(uow, task, target)
    return len(moving)


async def sync_completion_with_status(principal: Principal, *, status: TaskStatus) -> int:
    """After a status's terminal flag changed: its tasks complete now, or reopen.


    Completing follows the same blocker rule as moving into a terminal status, so the change is
    refused while a task in the status has open blockers. Returns how many tasks changed.
    """
    from backend.tasks_dependencies import service as dependencies

    async with unit_of_work(principal) as uow:
        tasks = await Task.filter(organization_id=principal.organization_id, status_id=status.id)
        changing = [task for task in tasks if (task.completed_at is None) == status.is_terminal]
        now = datetime.now(UTC)
        for task in changing:
            if status.is_terminal:
                await dependencies.ensure_no_open_blockers(principal, task)
            task.completed_at = now if status.is_terminal else None
            await task.save(update_fields=["completed_at", "updated_at"])
            uow.record(TaskEvent.UPDATED, task.id, project_id=task.project_id)
    return len(changing)
