"""Users mentioned in comments, batched per request."""

from __future__ import annotations

from backend.core.loaders import ids_by
from backend.tasks_comments.models import TaskCommentMention

mentioned_user_ids_by_comment = ids_by(
    TaskCommentMention, key="comment_id", value="user_id", order_by=("created_at", "id")
)
