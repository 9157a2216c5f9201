"""Checklists of tasks: items in a stable order, and the auto-advance a completed checklist triggers."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.expressions import Subquery

from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.projects import service as projects_service
from backend.task_statuses.models import AutoAdvanceTrigger
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.tasks_checklist.events import TaskChecklistItemEvent
from backend.tasks_checklist.models import TaskChecklistItem

MAX_TEXT = 500
# A checklist is read in one call, so it stays small enough to be one page.
MAX_ITEMS = 200


def _clean_text(text: str) -> str:
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise Invalid(f"A checklist item's text must be 1 to {MAX_TEXT} characters.", field="text")
    return text


async def _writable_task(principal: Principal, task_id: object) -> Task:
    task = await tasks_service.get_task(principal, str(task_id))
    await projects_service.get_writable_project(principal, str(task.project_id))
    return task


async def get_item(principal: Principal, item_id: str) -> TaskChecklistItem:
    """A checklist item of a task the principal can see."""
    parsed = parse_id(item_id, entity="checklist item", field="item_id")
    item = await TaskChecklistItem.filter(
        id=parsed,
        task_id__in=Subquery(tasks_service.visible_tasks(principal).values("id")),
    ).first()
    if item is None:
        raise NotFound.entity("checklist item", item_id, field="item_id")
    return item


async def _items(task_id: object) -> list[TaskChecklistItem]:
    return await TaskChecklistItem.filter(task_id=task_id).order_by("position", "id")


async def list_items(principal: Principal, *, task_id: str) -> tuple[Task, list[TaskChecklistItem]]:
    task = await tasks_service.get_task(principal, task_id)
    return task, await _items(task.id)


async def add_item(principal: Principal, *, task_id: str, text: str) -> TaskChecklistItem:
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    text = _clean_text(text)
    async with unit_of_work(principal) as uow:
        task = await _writable_task(principal, task_id)
        existing = await _items(task.id)
        if len(existing) >= MAX_ITEMS:
            raise Invalid(
                f"A task holds at most {MAX_ITEMS} checklist items. Split the work into subtasks.",
                field="task_id",
            )
        last = existing[-1].position if existing else 0
        item = await TaskChecklistItem.create(task_id=task.id, text=text, position=last + 1)
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
    principal: Principal, *, item_id: str, text: str | None = None, done: bool | None = None
) -> TaskChecklistItem:
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    async with unit_of_work(principal) as uow:
        item = await get_item(principal, item_id)
        task = await _writable_task(principal, item.task_id)
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
    principal: Principal, *, task_id: str, item_ids: list[str]
) -> tuple[Task, list[TaskChecklistItem]]:
    """Put the task's items in the given order; the list must name each of them exactly once."""
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    async with unit_of_work(principal) as uow:
        task = await _writable_task(principal, task_id)
        items = {str(i.id): i for i in await _items(task.id)}
        wanted = [str(parse_id(i, entity="checklist item", field="item_ids")) for i in item_ids]
        for raw, parsed in zip(item_ids, wanted, strict=True):
            if parsed not in items:
                raise NotFound(
                    f"Checklist item {raw} is not on this task. List its items with "
                    "tasks_checklist_list.",
                    field="item_ids",
                )
        if len(wanted) != len(items) or set(wanted) != set(items):
            raise Invalid(
                f"item_ids must list each of this task's {len(items)} checklist items exactly "
                "once, in the new order; get them with tasks_checklist_list.",
                field="item_ids",
            )
        ordered = [items[i] for i in wanted]
        for position, item in enumerate(ordered, start=1):
            if item.position != position:
                item.position = position
                await item.save(update_fields=["position", "updated_at"])
        # One event for the whole checklist: its entity id is the task's.
        uow.record(TaskChecklistItemEvent.REORDERED, task.id, project_id=task.project_id)
    return task, ordered


async def delete_item(principal: Principal, *, item_id: str) -> TaskChecklistItem:
    principal.require(Permission.MANAGE_TASKS, "change checklists")
    async with unit_of_work(principal) as uow:
        item = await get_item(principal, item_id)
        task = await _writable_task(principal, item.task_id)
        await item.delete()
        uow.record(TaskChecklistItemEvent.DELETED, item.id, project_id=task.project_id)
        if not item.done:
            # Removing the last open item completes the checklist as surely as checking it.
            await _advance_if_complete(principal, task)
    return item
