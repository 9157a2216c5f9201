"""Users mentioned in comments, batched per request."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.tasks_comments.models import TaskCommentMention


def mentioned_user_ids_by_comment() -> DataLoader[str, list[str]]:
    async def load(comment_ids: Sequence[str]) -> list[list[str]]:
        grouped: dict[str, list[str]] = defaultdict(list)
        rows = await TaskCommentMention.filter(comment_id__in=list(comment_ids)).order_by(
            "created_at", "id"
        )
        for row in rows:
            grouped[str(row.comment_id)].append(str(row.user_id))
        return [grouped[str(i)] for i in comment_ids]

    return DataLoader(load_fn=load)
