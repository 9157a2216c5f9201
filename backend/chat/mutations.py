"""Chat changes."""

from __future__ import annotations

from functools import partial

import strawberry

from backend.chat import service
from backend.chat.types import ChatChannel, ChatChannelMember, ChatMessage
from backend.core.fields import mutation


@strawberry.type
class ChatMutation:
    chat_channels_create = mutation(
        service.create_channel,
        ChatChannel,
        description="Open a chat channel: organization-wide, for a Space, or private.",
    )
    chat_channels_update = mutation(
        service.update_channel,
        ChatChannel,
        description="Rename a channel or change its topic (its creator, or managers and above).",
    )
    chat_channels_archive = mutation(
        partial(service.set_archived, archived=True),
        ChatChannel,
        description="Archive a channel: it stays readable, nobody can post in it.",
    )
    chat_channels_unarchive = mutation(
        partial(service.set_archived, archived=False),
        ChatChannel,
        description="Make an archived channel writable again.",
    )
    chat_channels_members_add = mutation(
        service.add_channel_member,
        ChatChannelMember,
        description="Add someone to a private channel.",
    )
    chat_channels_members_remove = mutation(
        service.remove_channel_member,
        ChatChannelMember,
        description="Remove someone from a private channel; remove yourself to leave it.",
    )
    chat_messages_send = mutation(
        service.send_message, ChatMessage, description="Post a Markdown message in a channel."
    )
    chat_messages_edit = mutation(
        service.edit_message,
        ChatMessage,
        description="Rewrite one of your own messages; edited_at records when.",
    )
    chat_messages_delete = mutation(
        service.delete_message,
        ChatMessage,
        description="Delete a message (its author, or an admin); its text is erased.",
    )
