"""Task comment reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection
from backend.tasks_comments import service
from backend.tasks_comments.types import TaskComment


@strawberry.type
class TasksCommentsQuery:
    tasks_comments_list = connection(
        service.list_comments, TaskComment, description="A task's comments, oldest first."
    )
