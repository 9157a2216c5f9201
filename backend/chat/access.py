"""Who may read a chat channel: one rule, as a row check, a query, and for event subscribers.

- organization-wide (no Space, not private): every member of the organization except guests;
- tied to a Space: whoever can read that Space;
- private: its members only (and, when it has a Space, only those who also read that Space).
  Nobody else learns anything of it, admins included: not its name, members or messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.chat.models import ChatChannel, ChatChannelMember, ChatMessage
from backend.core.errors import Invalid, NotFound
from backend.core.event_types import Viewer
from backend.core.ids import parse_id
from backend.core.lookups import get_in
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.projects import service as projects_service

SpaceCheck = Callable[[str], Awaitable[bool]]


def readable_channels(principal: Principal) -> QuerySet[ChatChannel]:
    """Every channel of the organization the principal may read."""
    in_space = Q(project_id__isnull=True) | Q(
        project_id__in=projects_service.accessible_project_ids(principal)
    )
    member_of = Q(
        id__in=Subquery(ChatChannelMember.filter(user_id=principal.user_id).values("channel_id"))
    )
    kinds = Q(private=True) & member_of
    if principal.can(Permission.ACCESS_OPEN_PROJECTS):
        kinds |= Q(private=False, project_id__isnull=True)
    kinds |= Q(private=False, project_id__isnull=False)  # narrowed to readable Spaces below
    return ChatChannel.filter(kinds, in_space, organization_id=principal.organization_id)


def readable_channel_ids(principal: Principal) -> Subquery:
    """Ids of the channels the principal may read, as a subquery for `channel_id__in=`."""
    return Subquery(readable_channels(principal).values("id"))


async def can_read(
    principal: Principal, channel: ChatChannel, *, space: SpaceCheck | None = None
) -> bool:
    """The rule on one row; `space` answers Space access (a subscriber's cache)."""
    if str(channel.organization_id) != principal.organization_id:
        return False
    if channel.private:
        if not await ChatChannelMember.exists(channel_id=channel.id, user_id=principal.user_id):
            return False
    elif channel.project_id is None:
        return principal.can(Permission.ACCESS_OPEN_PROJECTS)
    if channel.project_id is None:
        return True
    check = space or partial(projects_service.can_access, principal)
    return await check(str(channel.project_id))


async def get_channel(
    principal: Principal, channel_id: object, *, field: str = "channel_id"
) -> ChatChannel:
    """A channel the principal can read; missing, foreign and unreadable are all "not found"."""
    return await get_in(readable_channels(principal), channel_id, entity="channel", field=field)


async def get_message(
    principal: Principal, message_id: object, *, field: str = "message_id"
) -> ChatMessage:
    """A message (not deleted) of a channel the principal can read."""
    query = ChatMessage.filter(
        organization_id=principal.organization_id,
        deleted_at__isnull=True,
        channel_id__in=readable_channel_ids(principal),
    )
    return await get_in(query, message_id, entity="message", field=field)


async def _channel_row(organization_id: str, channel_id: object) -> ChatChannel | None:
    try:
        parsed = parse_id(channel_id, entity="channel", field="channel_id")
    except (NotFound, Invalid):
        return None
    return await ChatChannel.get_or_none(id=parsed, organization_id=organization_id)


async def viewer_can_read_channel(viewer: Viewer, channel_id: object) -> bool:
    principal = viewer.principal
    channel = await _channel_row(principal.organization_id, channel_id)
    return channel is not None and await can_read(principal, channel, space=viewer.can_access_space)


async def viewer_can_read_message(viewer: Viewer, message_id: object) -> bool:
    principal = viewer.principal
    try:
        parsed = parse_id(message_id, entity="message", field="message_id")
    except (NotFound, Invalid):
        return False
    channel_id = (
        await ChatMessage.filter(id=parsed, organization_id=principal.organization_id)
        .first()
        .values_list("channel_id", flat=True)
    )
    if channel_id is None:
        return False
    return await viewer_can_read_channel(viewer, channel_id)
