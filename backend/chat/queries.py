"""Chat reads."""

from __future__ import annotations

import strawberry

from backend.chat import service
from backend.chat.types import ChatChannel, ChatChannelMember, ChatMessage
from backend.core.fields import connection


@strawberry.type
class ChatQuery:
    chat_channels_list = connection(
        service.list_channels,
        ChatChannel,
        description="The chat channels you can read, oldest first.",
    )
    chat_channels_members_list = connection(
        service.list_channel_members,
        ChatChannelMember,
        description="A private channel's members, in the order they joined.",
    )
    chat_messages_list = connection(
        service.list_messages,
        ChatMessage,
        description="A channel's messages, newest first; before (a message id) scrolls back.",
    )
