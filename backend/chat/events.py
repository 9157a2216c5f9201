"""Chat events: only those who can read the channel see them (a private channel's members).

Both rules judge on the channel's readers (its kind, Space and members), read once per process
and shared by every subscriber (backend/core/event_facts.py); the membership events forget them
(AccessChange.ENTITY), so a member removed from a private channel stops receiving at the next
event. Space access comes from the shared Space readers.
"""

from __future__ import annotations

from backend.chat import access
from backend.core.event_types import AccessChange, EventType, Viewer
from subscriptions import EventMessage


async def channel_readers(viewer: Viewer, message: EventMessage) -> bool:
    """A channel event (the entity is the channel): whoever can read that channel now."""
    return await access.viewer_can_read_channel(viewer, message.entity_id)


async def message_readers(viewer: Viewer, message: EventMessage) -> bool:
    """A message event (the entity is the message): whoever can read its channel now."""
    return await access.viewer_can_read_message(viewer, message.entity_id)


class ChatChannelEvent(EventType, visibility=channel_readers):
    CREATED = "chat_channel.created", "A chat channel was created."
    UPDATED = "chat_channel.updated", "A chat channel was renamed or its topic changed."
    ARCHIVED = "chat_channel.archived", "A chat channel was archived and became read-only."
    UNARCHIVED = "chat_channel.unarchived", "An archived chat channel became writable again."
    MEMBER_ADDED = (
        "chat_channel.member_added",
        "A user joined a private chat channel.",
        AccessChange.ENTITY,
    )
    MEMBER_REMOVED = (
        "chat_channel.member_removed",
        "A user left a private chat channel.",
        AccessChange.ENTITY,
    )


class ChatMessageEvent(EventType, visibility=message_readers):
    CREATED = (
        "chat_message.created",
        "A chat message was sent (its mentions are on the message: ChatMessage.mentions).",
    )
    EDITED = "chat_message.edited", "A chat message was edited by its author."
    DELETED = "chat_message.deleted", "A chat message was deleted."
