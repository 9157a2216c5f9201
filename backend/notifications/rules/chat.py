"""Chat rules: a mention of you in a channel you can read.

The chat domain records whom a message mentions (only people who can read its channel, so a
notification never leaks a private channel). A person is notified once per message (the draft's
dedupe key), so an edit notifies only the people it newly mentions.
"""

from __future__ import annotations

from backend.chat.mentions import mentioned_user_ids
from backend.core.unit_of_work import UnitOfWork
from backend.notifications.kinds import NotificationKind
from backend.notifications.rules import Draft, one_line, rule
from backend.notifications.rules.context import actor_name
from subscriptions import EventMessage


@rule("chat_message.created", "chat_message.edited")
async def mentioned(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    mentioned = await mentioned_user_ids(message.entity_id)
    if not mentioned:
        return []
    text = one_line(f"{await actor_name(uow)} mentioned you in a chat message")
    return [
        Draft(
            user_id,
            NotificationKind.MENTIONED,
            "chat_message",
            message.entity_id,
            text,
            dedupe_key=f"mention:{message.entity_id}",
        )
        for user_id in mentioned
    ]
