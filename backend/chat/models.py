"""Chat: channels (organization-wide, tied to a Space, or private with members) and messages."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.users.models import User


class ChatChannel(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="chat_channels", on_delete=fields.CASCADE
    )
    # A Space's channel is read by whoever reads the Space; deleting the Space deletes it.
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="chat_channels", null=True, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=80)
    topic = fields.TextField(null=True)
    # Private: only its members read it (and, when it has a Space, only those who also read that).
    private = fields.BooleanField(default=False, db_default=False)
    archived_at = fields.DatetimeField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    project_id: UUID | None
    created_by_id: UUID | None

    class Meta:
        table = "chat_channels"
        indexes = (("organization_id", "created_at"), ("project_id",))


class ChatChannelMember(Entity):
    """A member of a private channel."""

    channel: fields.ForeignKeyRelation[ChatChannel] = fields.ForeignKeyField(
        "models.ChatChannel", related_name="members", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, on_delete=fields.CASCADE
    )

    channel_id: UUID
    user_id: UUID

    class Meta:
        table = "chat_channel_members"
        unique_together = (("channel", "user"),)
        indexes = (("user_id",), ("channel_id", "created_at", "id"))  # chat_channels_members_list


class ChatMessage(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="chat_messages", on_delete=fields.CASCADE
    )
    channel: fields.ForeignKeyRelation[ChatChannel] = fields.ForeignKeyField(
        "models.ChatChannel", related_name="messages", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )
    # Markdown, stored as written; emptied when the message is deleted.
    body = fields.TextField()
    edited_at = fields.DatetimeField(null=True)
    # A deleted message keeps its row (so its events can still be addressed to the channel's
    # readers) but loses its body, its mentions and its place in lists and search.
    deleted_at = fields.DatetimeField(null=True)

    organization_id: UUID
    channel_id: UUID
    author_id: UUID | None

    class Meta:
        table = "chat_messages"
        # Newest first within a channel: what chat_messages_list pages through.
        indexes = (("channel_id", "created_at"),)


class ChatMessageMention(Entity):
    """A user @mentioned in a message who can read its channel (notifications are built on it)."""

    message: fields.ForeignKeyRelation[ChatMessage] = fields.ForeignKeyField(
        "models.ChatMessage", related_name="mentions", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, on_delete=fields.CASCADE
    )

    message_id: UUID
    user_id: UUID

    class Meta:
        table = "chat_message_mentions"
        unique_together = (("message", "user"),)
