"""Task checklist changes."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.tasks.models import Task
from backend.tasks_checklist import models, service
from backend.tasks_checklist.types import TaskChecklist, TaskChecklistItem


def _checklist(result: tuple[Task, list[models.TaskChecklistItem]]) -> TaskChecklist:
    task, items = result
    return TaskChecklist.from_models(task.id, items)


@strawberry.type
class TasksChecklistMutation:
    @strawberry.mutation(description="Add an item at the end of a task's checklist.")
    async def tasks_checklist_add(
        self, info: AppInfo, task_id: strawberry.ID, text: str
    ) -> Payload[TaskChecklistItem]:
        call = service.add_item(principal(info), task_id=task_id, text=text)
        return await as_payload(call, TaskChecklistItem.from_model)

    @strawberry.mutation(
        description="Rename a checklist item or check it off; completing the checklist may "
        "auto-advance the task's status."
    )
    async def tasks_checklist_update(
        self,
        info: AppInfo,
        item_id: strawberry.ID,
        text: str | None = None,
        done: bool | None = None,
    ) -> Payload[TaskChecklistItem]:
        call = service.update_item(principal(info), item_id=item_id, text=text, done=done)
        return await as_payload(call, TaskChecklistItem.from_model)

    @strawberry.mutation(description="Put a task's checklist items in a new order (all of them).")
    async def tasks_checklist_reorder(
        self, info: AppInfo, task_id: strawberry.ID, item_ids: list[strawberry.ID]
    ) -> Payload[TaskChecklist]:
        call = service.reorder_items(principal(info), task_id=task_id, item_ids=list(item_ids))
        return await as_payload(call, _checklist)

    @strawberry.mutation(description="Delete a checklist item.")
    async def tasks_checklist_delete(
        self, info: AppInfo, item_id: strawberry.ID
    ) -> Payload[TaskChecklistItem]:
        call = service.delete_item(principal(info), item_id=item_id)
        return await as_payload(call, TaskChecklistItem.from_model)
