"""Chat: channels and their messages, who may read, post, edit, delete and manage them.

Reading follows backend/chat/access.py. Changing a channel (rename, topic, archive, members) is
for its creator or anyone with `manage_projects`; creating one needs `manage_tasks` (guests
read and post, they do not open channels). Anyone who can read a channel posts in it unless it
is archived (read-only). A message is edited by its author only and deleted by its author or
an admin (`manage_members`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from uuid import UUID

from tortoise.expressions import Q

from backend.chat.access import get_channel, get_message, readable_channels
from backend.chat.arguments import (
    MAX_BODY,
    MAX_NAME,
    Body,
    ChannelId,
    MessageId,
    Topic,
)
from backend.chat.events import ChatChannelEvent, ChatMessageEvent
from backend.chat.mentions import readers_mentioned, record_mentions
from backend.chat.models import ChatChannel, ChatChannelMember, ChatMessage
from backend.core.arguments import DEFAULT_LIMIT, MAX_IDS, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.ids import parse_id, refuse_empty
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.members import service as members_service
from backend.projects import service as projects_service

UserId = Annotated[Id, Doc("The user's id (from members_list).")]


def _clean_name(name: str) -> str:
    return clean_text(name, max_length=MAX_NAME, field="name", subject="The channel name")


def _clean_body(body: str) -> str:
    return clean_text(body, max_length=MAX_BODY, field="body", subject="The message")


def _ensure_open(channel: ChatChannel) -> None:
    if channel.archived_at is not None:
        raise Conflict(
            f"Channel '{channel.name}' is archived and read-only. Unarchive it with "
            "chat_channels_unarchive first.",
            field="channel_id",
            reason="CHANNEL_ARCHIVED",
        )


def _require_manager(principal: Principal, channel: ChatChannel, action: str) -> None:
    if str(channel.created_by_id) == principal.user_id:
        return
    if not principal.can(Permission.MANAGE_PROJECTS):
        raise Forbidden(
            f"Only the channel's creator, or someone with the 'manage_projects' permission "
            f"(managers, admins, owners), can {action}.",
            field="channel_id",
            reason="NOT_CHANNEL_MANAGER",
        )


async def _writable_space(principal: Principal, channel: ChatChannel) -> None:
    """A Space channel follows its Space: an archived Space's channels are read-only too."""
    if channel.project_id is not None:
        await projects_service.get_writable_project(principal, str(channel.project_id))


async def _reader_of(principal: Principal, channel: ChatChannel, user_id: UUID) -> bool:
    """Whether this member of the organization could read the channel, were they a member."""
    role = await members_service.role_of(organization_id=principal.organization_id, user_id=user_id)
    if role is None:
        return False
    if channel.project_id is None:
        return True
    reader = Principal(user_id=str(user_id), organization_id=principal.organization_id, role=role)
    return await projects_service.can_access(reader, str(channel.project_id))


async def _check_new_member(principal: Principal, channel: ChatChannel, user_id: str) -> UUID:
    user = parse_id(user_id, entity="user", field="user_id")
    role = await members_service.role_of(organization_id=principal.organization_id, user_id=user)
    if role is None:
        raise NotFound.entity("user", user_id, field="user_id")
    if not await _reader_of(principal, channel, user):
        raise Invalid(
            f"User {user_id} cannot read the channel's Space, so they cannot join the channel. "
            "Add them to the Space with projects_members_add first.",
            field="user_id",
            reason="NO_SPACE_ACCESS",
        )
    return user


# Channels


async def list_channels(
    principal: Principal,
    *,
    project_id: Annotated[
        Id | None, Doc("Only the channels of this Space (from projects_list).")
    ] = None,
    include_archived: Annotated[bool, Doc("Also list archived channels.")] = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ChatChannel]:
    query = readable_channels(principal)
    if project_id is not None:
        project = await projects_service.get_project(principal, project_id)
        query = query.filter(project_id=project.id)
    if not include_archived:
        query = query.filter(archived_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def create_channel(
    principal: Principal,
    *,
    name: Annotated[str, Doc("The channel's name, e.g. general."), Bounds(max_length=MAX_NAME)],
    project_id: Annotated[
        Id | None,
        Doc("Tie the channel to this Space: whoever reads the Space reads the channel."),
    ] = None,
    private: Annotated[
        bool,
        Doc("Only its members read it (you, and member_ids); nobody else sees it exists."),
    ] = False,
    member_ids: Annotated[
        list[Id] | None,
        Doc("Members of a private channel besides you (user ids from members_list)."),
        Bounds(max_items=MAX_IDS),
    ] = None,
    topic: Topic = None,
) -> ChatChannel:
    principal.require(Permission.MANAGE_TASKS, "create chat channels")
    name = _clean_name(name)
    for user_id in member_ids or []:
        refuse_empty(user_id, field="member_ids")
    async with unit_of_work(principal) as uow:
        project = None
        if project_id is not None:
            project = await projects_service.get_writable_project(principal, project_id)
        if member_ids and not private:
            raise Invalid(
                "member_ids is only for private channels: an open channel is read by everyone "
                "who can read its Space (or the organization). Pass private: true.",
                field="member_ids",
                reason="MEMBERS_OF_OPEN_CHANNEL",
            )
        channel = await ChatChannel.create(
            organization_id=principal.organization_id,
            project_id=None if project is None else project.id,
            name=name,
            topic=topic,
            private=private,
            created_by_id=principal.user_id,
        )
        if private:
            members = {UUID(principal.user_id)}
            for user_id in member_ids or []:
                members.add(await _check_new_member(principal, channel, user_id))
            await ChatChannelMember.bulk_create(
                [
                    ChatChannelMember(channel_id=channel.id, user_id=u)
                    for u in sorted(members, key=str)
                ]
            )
        uow.record(ChatChannelEvent.CREATED, channel.id, project_id=channel.project_id)
    return channel


async def update_channel(
    principal: Principal,
    *,
    channel_id: ChannelId,
    name: Annotated[str | None, Doc("The channel's new name."), Bounds(max_length=MAX_NAME)] = None,
    topic: Topic = None,
    clear_topic: Annotated[bool, Doc("Remove the topic.")] = False,
) -> ChatChannel:
    if name is not None:
        name = _clean_name(name)
    async with unit_of_work(principal) as uow:
        channel = await get_channel(principal, channel_id)
        _require_manager(principal, channel, "rename a channel or change its topic")
        _ensure_open(channel)
        await _writable_space(principal, channel)
        if name is not None:
            channel.name = name
        if clear_topic:
            channel.topic = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif topic is not None:
            channel.topic = topic
        await channel.save()
        uow.record(ChatChannelEvent.UPDATED, channel.id, project_id=channel.project_id)
    return channel


async def set_archived(
    principal: Principal, *, channel_id: ChannelId, archived: bool
) -> ChatChannel:
    async with unit_of_work(principal) as uow:
        channel = await get_channel(principal, channel_id)
        _require_manager(principal, channel, "archive or unarchive a channel")
        await _writable_space(principal, channel)
        if (channel.archived_at is not None) != archived:
            channel.archived_at = datetime.now(UTC) if archived else None
            await channel.save(update_fields=["archived_at", "updated_at"])
            uow.record(
                ChatChannelEvent.ARCHIVED if archived else ChatChannelEvent.UNARCHIVED,
                channel.id,
                project_id=channel.project_id,
            )
    return channel


async def _private_channel(principal: Principal, channel_id: str) -> ChatChannel:
    channel = await get_channel(principal, channel_id)
    if not channel.private:
        raise Invalid(
            f"Channel '{channel.name}' is open: everyone who can read "
            f"{'its Space' if channel.project_id else 'the organization'} reads it, so it has "
            "no member list. Only private channels have members.",
            field="channel_id",
            reason="OPEN_CHANNEL",
        )
    return channel


async def list_channel_members(
    principal: Principal,
    *,
    channel_id: ChannelId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ChatChannelMember]:
    channel = await _private_channel(principal, channel_id)
    query = ChatChannelMember.filter(channel_id=channel.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def add_channel_member(
    principal: Principal, *, channel_id: ChannelId, user_id: UserId
) -> ChatChannelMember:
    """Add a member to a private channel (nothing changes when they are one already)."""
    refuse_empty(user_id, field="user_id")
    async with unit_of_work(principal) as uow:
        channel = await _private_channel(principal, channel_id)
        _require_manager(principal, channel, "add members to a channel")
        _ensure_open(channel)
        user = await _check_new_member(principal, channel, user_id)
        member, created = await ChatChannelMember.get_or_create(channel_id=channel.id, user_id=user)
        if created:
            uow.record(ChatChannelEvent.MEMBER_ADDED, channel.id, project_id=channel.project_id)
    return member


async def remove_channel_member(
    principal: Principal, *, channel_id: ChannelId, user_id: UserId
) -> ChatChannelMember:
    """Remove a member from a private channel; any member may remove themselves (leave)."""
    refuse_empty(user_id, field="user_id")
    async with unit_of_work(principal) as uow:
        channel = await _private_channel(principal, channel_id)
        user = parse_id(user_id, entity="user", field="user_id")
        if str(user) != principal.user_id:
            _require_manager(principal, channel, "remove others from a channel")
        member = await ChatChannelMember.get_or_none(channel_id=channel.id, user_id=user)
        if member is None:
            raise NotFound(
                f"User {user_id} is not a member of channel '{channel.name}'. List its members "
                "with chat_channels_members_list.",
                field="user_id",
            )
        # Delivered to the channel's readers after this change: the removed user is no longer one.
        await member.delete()
        uow.record(ChatChannelEvent.MEMBER_REMOVED, channel.id, project_id=channel.project_id)
    return member


# Messages


async def list_messages(
    principal: Principal,
    *,
    channel_id: ChannelId,
    before: Annotated[
        Id | None,
        Doc(
            "Only messages older than this message (its id): scroll back from a message "
            "you have. Combine with limit; next_cursor continues from the last one."
        ),
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ChatMessage]:
    """A channel's messages, newest first."""
    channel = await get_channel(principal, channel_id)
    query = ChatMessage.filter(channel_id=channel.id, deleted_at__isnull=True)
    if before is not None:
        anchor = await get_message(principal, before)
        if anchor.channel_id != channel.id:
            raise Invalid(
                f"Message {before} belongs to another channel. Pass a message of this channel "
                "as before.",
                field="before",
                reason="OTHER_CHANNEL",
            )
        query = query.filter(
            Q(created_at__lt=anchor.created_at) | Q(created_at=anchor.created_at, id__lt=anchor.id)
        )
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at", descending=True)


async def send_message(principal: Principal, *, channel_id: ChannelId, body: Body) -> ChatMessage:
    body = _clean_body(body)
    async with unit_of_work(principal) as uow:
        channel = await get_channel(principal, channel_id)
        _ensure_open(channel)
        await _writable_space(principal, channel)
        message = await ChatMessage.create(
            organization_id=principal.organization_id,
            channel_id=channel.id,
            author_id=principal.user_id,
            body=body,
        )
        await record_mentions(
            message, await readers_mentioned(principal.organization_id, channel, body)
        )
        uow.record(ChatMessageEvent.CREATED, message.id, project_id=channel.project_id)
    return message


async def edit_message(principal: Principal, *, message_id: MessageId, body: Body) -> ChatMessage:
    body = _clean_body(body)
    async with unit_of_work(principal) as uow:
        message = await get_message(principal, message_id)
        if str(message.author_id) != principal.user_id:
            raise Forbidden(
                "Only a message's author can edit it. Reply with chat_messages_send instead.",
                field="message_id",
                reason="NOT_AUTHOR",
            )
        channel = await ChatChannel.get(id=message.channel_id)
        _ensure_open(channel)
        await _writable_space(principal, channel)
        message.body = body
        message.edited_at = datetime.now(UTC)
        await message.save(update_fields=["body", "edited_at", "updated_at"])
        await record_mentions(
            message, await readers_mentioned(principal.organization_id, channel, body)
        )
        uow.record(ChatMessageEvent.EDITED, message.id, project_id=channel.project_id)
    return message


async def delete_message(principal: Principal, *, message_id: MessageId) -> ChatMessage:
    """Delete a message: its body and mentions are erased, it leaves lists and search."""
    async with unit_of_work(principal) as uow:
        message = await get_message(principal, message_id)
        is_author = str(message.author_id) == principal.user_id
        if not is_author and not principal.can(Permission.MANAGE_MEMBERS):
            raise Forbidden(
                "Only a message's author, or an admin (the 'manage_members' permission), can "
                "delete it.",
                field="message_id",
                reason="NOT_AUTHOR",
            )
        channel = await ChatChannel.get(id=message.channel_id)
        _ensure_open(channel)
        await _writable_space(principal, channel)
        message.body = ""
        message.deleted_at = datetime.now(UTC)
        await message.save(update_fields=["body", "deleted_at", "updated_at"])
        await record_mentions(message, [])
        uow.record(ChatMessageEvent.DELETED, message.id, project_id=channel.project_id)
    return message
