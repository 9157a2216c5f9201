"""Board order: columns of a project's tasks (one per group, and the ungrouped ones), moves and
reorders in the one position scheme (core.ordering)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated
from uuid import UUID

from tortoise.queryset import QuerySet

from backend.core.arguments import MAX_IDS, Bounds, Doc, Id
from backend.core.errors import Invalid, NotFound
from backend.core.ordering import check_order, next_position, renumber
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.projects import service as projects_service
from backend.task_groups import service as groups_service
from backend.tasks.arguments import TaskId
from backend.tasks.events import TaskEvent
from backend.tasks.lookups import get_task, get_task_to_change, get_tasks, lock_project_tasks
from backend.tasks.models import Task


def _column(project_id: object, group_id: object | None) -> QuerySet[Task]:
    """A board column: the project's tasks in one group (None: the ungrouped ones), in order."""
    return Task.filter(project_id=project_id, group_id=group_id).order_by("position", "id")


async def end_of_column(project_id: object, group_id: object | None) -> int:
    last = await Task.filter(project_id=project_id, group_id=group_id).order_by("-position").first()
    return next_position(None if last is None else last.position)


async def move_task(
    principal: Principal,
    *,
    task_id: TaskId,
    group_id: Annotated[
        Id | None,
        Doc("The target column (from task_groups_list); omit to stay in the current column."),
    ] = None,
    clear_group: Annotated[
        bool, Doc("Move the task out of any group, among the Space's ungrouped tasks.")
    ] = False,
    position: Annotated[
        int | None, Doc("Zero-based index in the target column; the end if omitted.")
    ] = None,
) -> Task:
    """Put a task at `position` (zero-based; end if omitted) of a column: `group_id`'s, the
    ungrouped tasks' with `clear_group`, else the column it is in now."""
    if group_id is not None and clear_group:
        raise Invalid("Give group_id or clear_group, not both.", field="clear_group")
    if position is not None and position < 0:
        raise Invalid(
            f"position is a zero-based index in the column; got {position}.", field="position"
        )
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        await lock_project_tasks(project.id)
        # Read again under the lock: a concurrent move may have changed the task meanwhile.
        fresh = await Task.get_or_none(id=task.id)
        if fresh is None:
            raise NotFound.entity("task", task_id, field="task_id")
        if group_id is not None:
            target: UUID | None = (
                await groups_service.group_for_project(principal, project, group_id)
            ).id
        else:
            target = None if clear_group else fresh.group_id
        column = [t for t in await _column(project.id, target) if t.id != fresh.id]
        column.insert(len(column) if position is None else min(position, len(column)), fresh)
        fresh.group_id = target
        await renumber(Task, column)
        await fresh.save(update_fields=["group_id", "position", "updated_at"])
        uow.record(TaskEvent.MOVED, fresh.id, project_id=project.id)
    return fresh


async def reorder_tasks(
    principal: Principal,
    *,
    task_ids: Annotated[
        Sequence[Id],
        Doc("Every task of the column, in the new order (ids or keys)."),
        Bounds(max_items=MAX_IDS),
    ],
    group_id: Annotated[
        Id | None,
        Doc("The column (from task_groups_list); omit for the Space's ungrouped tasks."),
    ] = None,
) -> list[Task]:
    """Set the whole order of one column; `task_ids` must be exactly the column's tasks."""
    principal.require(Permission.MANAGE_TASKS, "reorder tasks")
    async with unit_of_work(principal) as uow:
        target: UUID | None = None
        if group_id is not None:
            group = await groups_service.get_group(principal, group_id)
            project = await projects_service.writable_project_of(principal, group)
            target, column_name = group.id, f"group '{group.name}'"
        elif task_ids:
            first = await get_task(principal, task_ids[0], field="task_ids")
            project = await projects_service.writable_project_of(principal, first)
            column_name = f"the ungrouped tasks of {project.key}"
        else:
            raise Invalid(
                "Give group_id, or the task_ids of a Space's ungrouped tasks.", field="task_ids"
            )
        await lock_project_tasks(project.id)
        ordered = await get_tasks(principal, task_ids, field="task_ids")
        column = await _column(project.id, target)
        ids = [t.id for t in ordered]
        current = {t.id: t for t in column}
        check = check_order(list(current), ids)
        if check.repeated:
            raise Invalid(
                "task_ids lists a task more than once.", field="task_ids", reason="REPEATED_ID"
            )
        if not check.exact:
            unknown = set(check.unknown)
            unexpected = [ref for ref, t in zip(task_ids, ordered, strict=True) if t.id in unknown]
            detail = []
            if check.missing:
                keys = (f"{project.key}-{current[i].number}" for i in check.missing)
                detail.append("missing " + ", ".join(keys))
            if unexpected:
                detail.append("not in it " + ", ".join(unexpected))
            raise Invalid(
                f"task_ids must list exactly the {len(column)} tasks of {column_name} "
                f"({'; '.join(detail)}). List them with tasks_list, or use tasks_move for one task.",
                field="task_ids",
                reason="ORDER_MISMATCH",
            )
        # Fresh rows, read under the lock, in the requested order.
        in_order = [current[i] for i in ids]
        for task in await renumber(Task, in_order):
            uow.record(TaskEvent.REORDERED, task.id, project_id=project.id)
    return in_order


async def move_group_tasks(
    principal: Principal, *, from_group_id: object, to_group_id: object | None
) -> int:
    """Move every task of one group to another (None: out of any group), appended in order.


    Called by the task_groups domain when a group is deleted. Returns how many tasks moved.
    """
    async with unit_of_work(principal) as uow:
        in_group = Task.filter(organization_id=principal.organization_id, group_id=from_group_id)
        first = await in_group.first()
        if first is None:
            return 0
        await lock_project_tasks(first.project_id)
        moving = await in_group.order_by("position", "id")
        top = await end_of_column(moving[0].project_id, to_group_id)
        for offset, task in enumerate(moving):
            task.group_id = to_group_id  # type: ignore[assignment]  # tortoise types nullable FKs as non-null
            task.position = top + offset
            await task.save(update_fields=["group_id", "position", "updated_at"])
            uow.record(TaskEvent.MOVED, task.id, project_id=task.project_id)
    return len(moving)
