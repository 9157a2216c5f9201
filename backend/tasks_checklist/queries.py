"""Task checklist reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.tasks_checklist import service
from backend.tasks_checklist.types import TaskChecklist


@strawberry.type
class TasksChecklistQuery:
    tasks_checklist_list = query(
        service.list_items,
        TaskChecklist,
        description="A task's checklist, in order, with how many items are done.",
    )
