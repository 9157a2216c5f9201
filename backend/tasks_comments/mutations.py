"""Task comment changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.tasks_comments import service
from backend.tasks_comments.types import TaskComment


@strawberry.type
class TasksCommentsMutation:
    tasks_comments_add = mutation(
        service.add_comment,
        TaskComment,
        description="Comment on a task; @email or @[user-id] mentions members.",
    )
    tasks_comments_update = mutation(
        service.update_comment,
        TaskComment,
        description="Rewrite your own comment; its mentions are recomputed.",
    )
    tasks_comments_delete = mutation(
        service.delete_comment,
        TaskComment,
        description="Delete a comment (its author, or managers and above).",
    )
