"""Comments on tasks: who may write, edit and delete them, and the @mentions they record."""

from __future__ import annotations

import re
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
from backend.members.models import Membership
from backend.tasks import service as tasks_service
from backend.tasks.arguments import TaskId
from backend.tasks_comments.events import TaskCommentEvent
from backend.tasks_comments.models import TaskComment, TaskCommentMention

CommentId: TypeAlias = Annotated[Id, Doc("The comment's id (from tasks_comments_list).")]

MAX_BODY = 10_000

# `@ada@example.com` mentions by email; `@[uuid]` by user id (what a UI inserts from a picker).
_EMAIL_MENTION = re.compile(
    r"(?<![\w@])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
_ID_MENTION = re.compile(r"@\[([0-9a-fA-F-]{32,36})\]")


def _clean_body(body: str) -> str:
    return clean_text(body, max_length=MAX_BODY, field="body", subject="The comment body")


def mentioned_tokens(body: str) -> tuple[set[str], set[UUID]]:
    """Lower-cased emails and user ids a body @mentions, before checking membership."""
    emails = {m.lower() for m in _EMAIL_MENTION.findall(body)}
    ids: set[UUID] = set()
    for raw in _ID_MENTION.findall(body):
        try:
            ids.add(UUID(raw))
        except ValueError:
            continue
    return emails, ids


async def _mentioned_members(principal: Principal, body: str) -> list[UUID]:
    """Members of the principal's organization the body mentions; anyone else is ignored."""
    emails, ids = mentioned_tokens(body)
    if not emails and not ids:
        return []
    members = Membership.filter(organization_id=principal.organization_id)
    found = set(
        await members.filter(user__email__in=list(emails)).values_list("user_id", flat=True)
    )
    found |= set(await members.filter(user_id__in=list(ids)).values_list("user_id", flat=True))
    return sorted(found, key=str)  # type: ignore[arg-type]  # values_list is typed loosely


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
