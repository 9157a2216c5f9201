"""Checklists of tasks: items in a stable order, and the auto-advance a completed checklist triggers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, TypeAlias

from backend.core.arguments import Bounds, Doc, Id
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.lookups import get_in
from backend.core.ordering import check_order, next_position, renumber
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.task_statuses.models import AutoAdvanceTrigger
from backend.tasks import service as tasks_service
from backend.tasks.arguments import TaskId
from backend.tasks.models import Task
from backend.tasks_checklist.events import TaskChecklistItemEvent
from backend.tasks_checklist.models import TaskChecklistItem

ItemId: TypeAlias = Annotated[Id, Doc("The item's id (from tasks_checklist_list).")]

MAX_TEXT = 500
# A checklist is read in one call, so it stays small enough to be one page.
MAX_ITEMS = 200


def _clean_text(text: str) -> str:
    return clean_text(text, max_length=MAX_TEXT, field="text", subject="A checklist item's text")


async def get_item(principal: Principal, item_id: str) -> TaskChecklistItem:
    """A checklist item of a task the principal can see."""
    return await get_in(
        tasks_service.on_visible_tasks(principal, TaskChecklistItem),
        item_id,
        entity="checklist item",
        field="item_id",
    )


async def _items(task_id: object) -> list[TaskChecklistItem]:
    return await TaskChecklistItem.filter(task_id=task_id).order_by("position", "id")


async def list_items(
    principal: Principal, *, task_id: TaskId
) -> tuple[Task, list[TaskChecklistItem]]:
    task = await tasks_service.get_task(principal, task_id)
    return task, await _items(task.id)


async def add_item(
    principal: Principal,
    *,
    task_id: TaskId,
    text: Annotated[str, Doc("What to do, not blank."), Bounds(max_length=MAX_TEXT)],
) -> TaskChecklistItem:
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    text = _clean_text(text)
    async with unit_of_work(principal) as uow:
        task, _ = await tasks_service.get_writable_task(principal, task_id)
        # Under the task's lock, concurrent adds see each other's items: distinct positions.
        await tasks_service.lock_task(task.id)
        existing = await _items(task.id)
        if len(existing) >= MAX_ITEMS:
            raise Invalid(
                f"A task holds at most {MAX_ITEMS} checklist items. Split the work into subtasks.",
                field="task_id",
                reason="CHECKLIST_FULL",
            )
        last = existing[-1].position if existing else None
        item = await TaskChecklistItem.create(
            task_id=task.id, text=text, position=next_position(last)
        )
        uow.record(TaskChecklistItemEvent.ADDED, item.id, project_id=task.project_id)
    return item


async def _advance_if_complete(principal: Principal, task: Task) -> None:
    """Every item done (and at least one): the task's status may auto-advance."""
    items = await _items(task.id)
    if not items or not all(i.done for i in items):
        return
    try:
        await tasks_service.auto_advance(
            principal, task=task, trigger=AutoAdvanceTrigger.CHECKLIST_COMPLETED
        )
    except Conflict:
        # A task with open blockers cannot complete; it stays put and the item stays checked.
        # The refusal happens before any write, so the unit of work is intact.
        return


async def update_item(
    principal: Principal,
    *,
    item_id: ItemId,
    text: Annotated[str | None, Doc("New text, not blank."), Bounds(max_length=MAX_TEXT)] = None,
    done: Annotated[bool | None, Doc("true checks the item off, false reopens it.")] = None,
) -> TaskChecklistItem:
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    async with unit_of_work(principal) as uow:
        item = await get_item(principal, item_id)
        task, _ = await tasks_service.get_writable_task(principal, item.task_id)
        if text is not None:
            item.text = _clean_text(text)
        completed_now = done is True and not item.done
        if done is not None and done != item.done:
            item.done = done
            item.done_at = datetime.now(UTC) if done else None
        await item.save()
        uow.record(TaskChecklistItemEvent.UPDATED, item.id, project_id=task.project_id)
        if completed_now:
            await _advance_if_complete(principal, task)
    return item


async def reorder_items(
    principal: Principal,
    *,
    task_id: TaskId,
    item_ids: Annotated[
        list[Id], Doc("All of the task's item ids, in the new order."), Bounds(max_items=MAX_ITEMS)
    ],
) -> tuple[Task, list[TaskChecklistItem]]:
    """Put the task's items in the given order; the list must name each of them exactly once."""
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    async with unit_of_work(principal) as uow:
        task, _ = await tasks_service.get_writable_task(principal, task_id)
        await tasks_service.lock_task(task.id)
        items = {i.id: i for i in await _items(task.id)}
        wanted = [parse_id(i, entity="checklist item", field="item_ids") for i in item_ids]
        check = check_order(list(items), wanted)
        if check.unknown:
            raw = item_ids[wanted.index(check.unknown[0])]
            raise NotFound(
                f"Checklist item {raw} is not on this task. List its items with "
                "tasks_checklist_list.",
                field="item_ids",
            )
        if not check.exact:
            raise Invalid(
                f"item_ids must list each of this task's {len(items)} checklist items exactly "
                "once, in the new order; get them with tasks_checklist_list.",
                field="item_ids",
                reason="ORDER_MISMATCH",
            )
        ordered = [items[i] for i in wanted]
        await renumber(TaskChecklistItem, ordered)
        # One event for the whole checklist: its entity id is the task's.
        uow.record(TaskChecklistItemEvent.REORDERED, task.id, project_id=task.project_id)
    return task, ordered


async def delete_item(principal: Principal, *, item_id: ItemId) -> TaskChecklistItem:
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    async with unit_of_work(principal) as uow:
        item = await get_item(principal, item_id)
        task, _ = await tasks_service.get_writable_task(principal, item.task_id)
        await item.delete()
        uow.record(TaskChecklistItemEvent.DELETED, item.id, project_id=task.project_id)
        if not item.done:
            # Removing the last open item completes the checklist as surely as checking it.
            await _advance_if_complete(principal, task)
    return item
