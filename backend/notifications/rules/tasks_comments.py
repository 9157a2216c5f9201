"""Comment rules: a mention of you; a comment on a task you are assigned to or created.

Mentions are the rows tasks_comments records for a comment (see its mention syntax). A person is
notified of a mention once per comment (the draft's dedupe key), so an edit notifies only people
it newly mentions. A person both mentioned and concerned by the task gets the mention only.
"""

from __future__ import annotations

from backend.core.errors import NotFound
from backend.core.unit_of_work import UnitOfWork
from backend.notifications.kinds import NotificationKind
from backend.notifications.rules import Draft, one_line, rule
from backend.notifications.rules.context import actor_name, people_of, quoted, task_of
from backend.tasks_comments import service as comments_service
from subscriptions import EventMessage


def _mentioned(uow: UnitOfWork, comment_id: str) -> list[str]:
    created = [
        str(change.after["user_id"])
        for change in uow.changes
        if change.entity_type == "task_comment_mention"
        and change.action == "created"
        and str(change.after.get("comment_id")) == comment_id
    ]
    return list(dict.fromkeys(created))


@rule("task_comment.added", "task_comment.updated")
async def commented(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    try:
        comment = await comments_service.get_comment(uow.principal, message.entity_id)
    except NotFound:
        return []
    task = await task_of(uow, str(comment.task_id))
    if task is None:
        return []
    who = await actor_name(uow)
    mentioned = _mentioned(uow, message.entity_id)
    drafts = [
        Draft(
            user_id,
            NotificationKind.MENTIONED,
            "task_comment",
            message.entity_id,
            one_line(f"{who} mentioned you on {quoted(task.title)}: {comment.body}"),
            dedupe_key=f"mention:{message.entity_id}",
        )
        for user_id in mentioned
    ]
    if message.type == "task_comment.added":
        drafts += [
            Draft(
                user_id,
                NotificationKind.TASK_COMMENTED,
                "task_comment",
                message.entity_id,
                one_line(f"{who} commented on {quoted(task.title)}: {comment.body}"),
            )
            for user_id in await people_of(task)
            if user_id not in mentioned
        ]
    return drafts
