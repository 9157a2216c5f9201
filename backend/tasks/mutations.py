"""Task changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.tasks import service
from backend.tasks.types import Task


@strawberry.type
class TasksMutation:
    tasks_create = mutation(
        service.create_task,
        Task,
        description="Create a task in a Space; give parent_task_id to make it a subtask.",
    )
    tasks_update = mutation(
        service.update_task,
        Task,
        description="Change a task's fields; clear_* arguments empty a field.",
    )
    tasks_delete = mutation(service.delete_task, Task, description="Delete a task for good.")
    tasks_assign = mutation(service.assign, Task, description="Add an assignee to a task.")
    tasks_unassign = mutation(service.unassign, Task, description="Remove an assignee from a task.")
    tasks_set_status = mutation(
        service.set_status,
        Task,
        description="Move a task to a workflow status; a terminal status completes it.",
    )
    tasks_labels_add = mutation(
        service.add_label,
        Task,
        description="Put a label on a task; adding one it already has is a no-op.",
    )
    tasks_labels_remove = mutation(
        service.remove_label, Task, description="Take a label off a task."
    )
    tasks_move = mutation(
        service.move_task,
        Task,
        description="Move a task to a position (zero-based; end if omitted) in a column: "
        "group_id's, the Space's ungrouped tasks with clear_group, else the column it is in.",
    )
    tasks_reorder = mutation(
        service.reorder_tasks,
        list[Task],
        description="Set the order of a whole column: task_ids lists exactly its tasks, first "
        "to last. Without group_id, the column is the Space's ungrouped tasks.",
    )
