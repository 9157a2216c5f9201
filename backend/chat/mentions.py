"""@mentions in a chat message: the people it names who can read its channel.

The notifications domain turns them into notifications: on `chat_message.created` and
`chat_message.edited`, `mentioned_user_ids(message)` (or the stored ChatMessageMention rows)
gives the users to notify. Someone who cannot read the channel is never mentioned, so a
notification cannot leak a private channel's name or words.
"""

from __future__ import annotations

from uuid import UUID

from backend.chat.access import can_read
from backend.chat.models import ChatChannel, ChatMessage, ChatMessageMention
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.members.mentions import mentioned_members
from backend.members.models import Membership

# A message naming more people than this is an announcement: mention the first ones only.
MAX_MENTIONS = 50


async def readers_mentioned(organization_id: str, channel: ChatChannel, body: str) -> list[UUID]:
    """Members the body @mentions (the one syntax of backend/members/mentions.py) who can read
    the channel, in id order."""
    mentioned = await mentioned_members(organization_id, body)
    if not mentioned:
        return []
    roles = dict(
        await Membership.filter(organization_id=organization_id, user_id__in=mentioned).values_list(
            "user_id", "role"
        )
    )
    readers = []
    for user_id in sorted(mentioned, key=str)[:MAX_MENTIONS]:
        reader = Principal(
            user_id=str(user_id), organization_id=organization_id, role=Role(roles[user_id])
        )
        if await can_read(reader, channel):
            readers.append(user_id)
    return readers


async def record_mentions(message: ChatMessage, user_ids: list[UUID]) -> None:
    await ChatMessageMention.filter(message_id=message.id).delete()
    await ChatMessageMention.bulk_create(
        [ChatMessageMention(message_id=message.id, user_id=user_id) for user_id in user_ids]
    )


async def mentioned_user_ids(message_id: object) -> list[str]:
    """The users a (not deleted) message mentions, as recorded when it was sent or edited."""
    rows = await ChatMessageMention.filter(
        message_id=message_id, message__deleted_at__isnull=True
    ).values_list("user_id", flat=True)
    return sorted(str(user_id) for user_id in rows)
