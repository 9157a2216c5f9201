"""Comments on tasks: who may write, edit and delete them, and the @mentions they record."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from uuid import UUID

from tortoise.expressions import Subquery

from backend.core.errors import Forbidden, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.members.models import Membership
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.tasks_comments.events import TaskCommentEvent
from backend.tasks_comments.models import TaskComment, TaskCommentMention

MAX_BODY = 10_000

# `@ada@example.com` mentions by email; `@[uuid]` by user id (what a UI inserts from a picker).
_EMAIL_MENTION = re.compile(
    r"(?<![\w@])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
_ID_MENTION = re.compile(r"@\[([0-9a-fA-F-]{32,36})\]")


def _clean_body(body: str) -> str:
    body = body.strip()
    if not body or len(body) > MAX_BODY:
        raise Invalid(f"The comment body must be 1 to {MAX_BODY} characters.", field="body")
    return body


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
    parsed = parse_id(comment_id, entity="comment", field="comment_id")
    comment = await TaskComment.filter(
        id=parsed,
        task_id__in=Subquery(tasks_service.visible_tasks(principal).values("id")),
    ).first()
    if comment is None:
        raise NotFound.entity("comment", comment_id, field="comment_id")
    return comment


async def _writable_task(principal: Principal, task_id: object) -> Task:
    task = await tasks_service.get_task(principal, str(task_id))
    await projects_service.get_writable_project(principal, str(task.project_id))
    return task


async def list_comments(
    principal: Principal, *, task_id: str, limit: int, cursor: str | None
) -> Page[TaskComment]:
    task = await tasks_service.get_task(principal, task_id)
    return await paginate(
        TaskComment.filter(task_id=task.id), limit=limit, cursor=cursor, order_by="created_at"
    )


async def add_comment(principal: Principal, *, task_id: str, body: str) -> TaskComment:
    # Commenting is work on the task: guests (read-only) cannot, like every other task change.
    principal.require(Permission.MANAGE_TASKS, "comment on tasks")
    body = _clean_body(body)
    async with unit_of_work(principal) as uow:
        task = await _writable_task(principal, task_id)
        comment = await TaskComment.create(task_id=task.id, author_id=principal.user_id, body=body)
        await _record_mentions(comment, await _mentioned_members(principal, body))
        uow.record(TaskCommentEvent.ADDED, comment.id, project_id=task.project_id)
    return comment


async def update_comment(principal: Principal, *, comment_id: str, body: str) -> TaskComment:
    principal.require(Permission.MANAGE_TASKS, "edit comments")
    body = _clean_body(body)
    async with unit_of_work(principal) as uow:
        comment = await get_comment(principal, comment_id)
        if str(comment.author_id) != principal.user_id:
            raise Forbidden(
                "Only a comment's author can edit it. Add a new comment with "
                "tasks_comments_add instead.",
                field="comment_id",
            )
        task = await _writable_task(principal, comment.task_id)
        comment.body = body
        comment.edited_at = datetime.now(UTC)
        await comment.save(update_fields=["body", "edited_at", "updated_at"])
        await _record_mentions(comment, await _mentioned_members(principal, body))
        uow.record(TaskCommentEvent.UPDATED, comment.id, project_id=task.project_id)
    return comment


async def delete_comment(principal: Principal, *, comment_id: str) -> TaskComment:
    principal.require(Permission.MANAGE_TASKS, "delete comments")
    async with unit_of_work(principal) as uow:
        comment = await get_comment(principal, comment_id)
        is_author = str(comment.author_id) == principal.user_id
        if not is_author and not principal.can(Permission.MANAGE_PROJECTS):
            raise Forbidden(
                "Only a comment's author, or someone with the 'manage_projects' permission "
                "(managers, admins, owners), can delete it.",
                field="comment_id",
            )
        task = await _writable_task(principal, comment.task_id)
        await comment.delete()
        uow.record(TaskCommentEvent.DELETED, comment.id, project_id=task.project_id)
    return comment
