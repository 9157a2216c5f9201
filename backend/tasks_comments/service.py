"""Comments on tasks: who may write, edit and delete them, and the @mentions they record."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, TypeAlias
from uuid import UUID

from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Forbidden
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.members import mentions
from backend.tasks import service as tasks_service
from backend.tasks.arguments import TaskId
from backend.tasks_comments.events import TaskCommentEvent
from backend.tasks_comments.models import TaskComment, TaskCommentMention

CommentId: TypeAlias = Annotated[Id, Doc("The comment's id (from tasks_comments_list).")]

MAX_BODY = 10_000


def _clean_body(body: str) -> str:
    return clean_text(body, max_length=MAX_BODY, field="body", subject="The comment body")


async def _mentioned_members(principal: Principal, body: str) -> list[UUID]:
    """Members of the principal's organization the body mentions (syntax: backend/members/mentions.py)."""
    return await mentions.mentioned_members(principal.organization_id, body)


async def _record_mentions(comment: TaskComment, user_ids: list[UUID]) -> None:
    await TaskCommentMention.filter(comment_id=comment.id).delete()
    for user_id in user_ids:
        await TaskCommentMention.create(comment_id=comment.id, user_id=user_id)


async def get_comment(principal: Principal, comment_id: str) -> TaskComment:
    """A comment on a task the principal can see."""
    return await get_in(
        tasks_service.on_visible_tasks(principal, TaskComment),
        comment_id,
        entity="comment",
        field="comment_id",
    )


async def list_comments(
    principal: Principal, *, task_id: TaskId, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
) -> Page[TaskComment]:
    task = await tasks_service.get_task(principal, task_id)
    return await paginate(
        TaskComment.filter(task_id=task.id), limit=limit, cursor=cursor, order_by="created_at"
    )


async def add_comment(
    principal: Principal,
    *,
    task_id: TaskId,
    body: Annotated[str, Doc("The comment, not blank."), Bounds(max_length=MAX_BODY)],
) -> TaskComment:
    # Commenting is work on the task: guests (read-only) cannot, like every other task change.
    principal.require(Permission.MANAGE_TASKS, "comment on tasks")
    body = _clean_body(body)
    async with unit_of_work(principal) as uow:
        task, _ = await tasks_service.get_writable_task(principal, task_id)
        comment = await TaskComment.create(task_id=task.id, author_id=principal.user_id, body=body)
        await _record_mentions(comment, await _mentioned_members(principal, body))
        uow.record(TaskCommentEvent.ADDED, comment.id, project_id=task.project_id)
    return comment


async def update_comment(
    principal: Principal,
    *,
    comment_id: CommentId,
    body: Annotated[str, Doc("The new comment, not blank."), Bounds(max_length=MAX_BODY)],
) -> TaskComment:
    principal.require(Permission.MANAGE_TASKS, "edit comments")
    body = _clean_body(body)
    async with unit_of_work(principal) as uow:
        comment = await get_comment(principal, comment_id)
        if str(comment.author_id) != principal.user_id:
            raise Forbidden(
                "Only a comment's author can edit it. Add a new comment with "
                "tasks_comments_add instead.",
                field="comment_id",
                reason="NOT_AUTHOR",
            )
        task, _ = await tasks_service.get_writable_task(principal, comment.task_id)
        comment.body = body
        comment.edited_at = datetime.now(UTC)
        await comment.save(update_fields=["body", "edited_at", "updated_at"])
        await _record_mentions(comment, await _mentioned_members(principal, body))
        uow.record(TaskCommentEvent.UPDATED, comment.id, project_id=task.project_id)
    return comment


async def delete_comment(principal: Principal, *, comment_id: CommentId) -> TaskComment:
    principal.require(Permission.MANAGE_TASKS, "delete comments")
    async with unit_of_work(principal) as uow:
        comment = await get_comment(principal, comment_id)
        is_author = str(comment.author_id) == principal.user_id
        if not is_author and not principal.can(Permission.MANAGE_PROJECTS):
            raise Forbidden(
                "Only a comment's author, or someone with the 'manage_projects' permission "
                "(managers, admins, owners), can delete it.",
                field="comment_id",
                reason="NOT_AUTHOR",
            )
        task, _ = await tasks_service.get_writable_task(principal, comment.task_id)
        await comment.delete()
        uow.record(TaskCommentEvent.DELETED, comment.id, project_id=task.project_id)
    return comment
