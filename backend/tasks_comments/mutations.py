"""Task comment changes."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.tasks_comments import service
from backend.tasks_comments.types import TaskComment


@strawberry.type
class TasksCommentsMutation:
    @strawberry.mutation(description="Comment on a task; @email or @[user-id] mentions members.")
    async def tasks_comments_add(
        self, info: AppInfo, task_id: strawberry.ID, body: str
    ) -> Payload[TaskComment]:
        call = service.add_comment(principal(info), task_id=task_id, body=body)
        return await as_payload(call, TaskComment.from_model)

    @strawberry.mutation(description="Rewrite your own comment; its mentions are recomputed.")
    async def tasks_comments_update(
        self, info: AppInfo, comment_id: strawberry.ID, body: str
    ) -> Payload[TaskComment]:
        call = service.update_comment(principal(info), comment_id=comment_id, body=body)
        return await as_payload(call, TaskComment.from_model)

    @strawberry.mutation(description="Delete a comment (its author, or managers and above).")
    async def tasks_comments_delete(
        self, info: AppInfo, comment_id: strawberry.ID
    ) -> Payload[TaskComment]:
        call = service.delete_comment(principal(info), comment_id=comment_id)
        return await as_payload(call, TaskComment.from_model)
