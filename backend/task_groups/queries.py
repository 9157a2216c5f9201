"""Task group reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.task_groups import service
from backend.task_groups.types import TaskGroup


@strawberry.type
class TaskGroupsQuery:
    task_groups_list = query(
        service.list_groups,
        list[TaskGroup],
        description="A Space's board columns and sections, in board order.",
    )
