"""Task checklist reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.tasks_checklist import service
from backend.tasks_checklist.types import TaskChecklist


@strawberry.type
class TasksChecklistQuery:
    @strawberry.field(description="A task's checklist, in order, with how many items are done.")
    async def tasks_checklist_list(self, info: AppInfo, task_id: strawberry.ID) -> TaskChecklist:
        task, items = await service.list_items(principal(info), task_id=task_id)
        return TaskChecklist.from_models(task.id, items)
