"""Task checklist reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.task_checklists import service
from backend.task_checklists.types import TaskChecklist


@strawberry.type
class TaskChecklistsQuery:
    @strawberry.field(description="A task's checklist, in order, with how many items are done.")
    async def tasks_checklist_list(self, info: AppInfo, task_id: strawberry.ID) -> TaskChecklist:
        task, items = await service.list_items(principal(info), task_id=task_id)
        return TaskChecklist.from_models(task.id, items)
