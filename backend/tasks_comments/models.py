"""Comments on tasks and the users they @mention."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.tasks.models import Task
    from backend.users.models import User


class TaskComment(Entity):
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="comments", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )
    body = fields.TextField()
    edited_at = fields.DatetimeField(null=True)

    task_id: UUID
    author_id: UUID | None

    class Meta:
        table = "task_comments"
        indexes = (("task_id", "created_at", "id"),)  # tasks_comments_list, oldest first


class TaskCommentMention(Entity):
    """A user @mentioned in a comment (notifications are built on these later)."""

    comment: fields.ForeignKeyRelation[TaskComment] = fields.ForeignKeyField(
        "models.TaskComment", related_name="mentions", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, on_delete=fields.CASCADE
    )

    comment_id: UUID
    user_id: UUID

    class Meta:
        table = "task_comment_mentions"
        unique_together = (("comment", "user"),)
