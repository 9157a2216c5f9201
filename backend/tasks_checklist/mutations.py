"""Task checklist changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.tasks_checklist import service
from backend.tasks_checklist.types import TaskChecklist, TaskChecklistItem


@strawberry.type
class TasksChecklistMutation:
    tasks_checklist_add = mutation(
        service.add_item,
        TaskChecklistItem,
        description="Add an item at the end of a task's checklist.",
    )
    tasks_checklist_update = mutation(
        service.update_item,
        TaskChecklistItem,
        description="Rename a checklist item or check it off; completing the checklist may "
        "auto-advance the task's status.",
    )
    tasks_checklist_reorder = mutation(
        service.reorder_items,
        TaskChecklist,
        description="Put a task's checklist items in a new order (all of them).",
    )
    tasks_checklist_delete = mutation(
        service.delete_item, TaskChecklistItem, description="Delete a checklist item."
    )
