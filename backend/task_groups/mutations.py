"""Task group changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.task_groups import service
from backend.task_groups.types import TaskGroup


@strawberry.type
class TaskGroupsMutation:
    task_groups_create = mutation(
        service.create_group,
        TaskGroup,
        description="Add a board column or section to a Space, at the end or at a given index.",
    )
    task_groups_rename = mutation(
        service.rename_group, TaskGroup, description="Rename a board column or section."
    )
    task_groups_reorder = mutation(
        service.reorder_groups,
        list[TaskGroup],
        description="Put a Space's groups in this order; list each of its groups exactly once.",
    )
    task_groups_delete = mutation(
        service.delete_group,
        TaskGroup,
        description="Delete a group; its tasks move to another group of the Space, or out of "
        "any group.",
    )
