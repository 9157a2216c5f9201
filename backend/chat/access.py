"""Who may read a chat channel: one rule, as a row check, a query, and for event subscribers.

- organization-wide (no Space, not private): every member of the organization except guests;
- tied to a Space: whoever can read that Space;
- private: its members only (and, when it has a Space, only those who also read that Space).
  Nobody else learns anything of it, admins included: not its name, members or messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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

    async def is_member() -> bool:
        return await ChatChannelMember.exists(channel_id=channel.id, user_id=principal.user_id)

    project_id = None if channel.project_id is None else str(channel.project_id)
    return await _admits(
        principal,
        private=channel.private,
        project_id=project_id,
        is_member=is_member,
        space=space or partial(projects_service.can_access, principal),
    )


async def _admits(
    principal: Principal,
    *,
    private: bool,
    project_id: str | None,
    is_member: Callable[[], Awaitable[bool]],
    space: SpaceCheck,
) -> bool:
    """The rule itself, for a channel of the principal's organization."""
    if private:
        if not await is_member():
            return False
    elif project_id is None:
        return principal.can(Permission.ACCESS_OPEN_PROJECTS)
    if project_id is None:
        return True
    return await space(project_id)


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


@dataclass(frozen=True, slots=True)
class ChannelReaders:
    """What the rule needs of one channel, the same for every subscriber: shared per process
    under ("chat_channel", id) and forgotten by its membership events (AccessChange.ENTITY)."""

    organization_id: str
    project_id: str | None
    private: bool
    member_ids: frozenset[str]


async def channel_readers(channel_id: str) -> ChannelReaders | None:
    """One query (a LEFT JOIN on the members); None when no such channel exists."""
    try:
        parsed = parse_id(channel_id, entity="channel", field="channel_id")
    except (NotFound, Invalid):
        return None
    rows = await ChatChannel.filter(id=parsed).values(
        "organization_id", "project_id", "private", "members__user_id"
    )
    if not rows:
        return None
    first = rows[0]
    return ChannelReaders(
        organization_id=str(first["organization_id"]),
        project_id=None if first["project_id"] is None else str(first["project_id"]),
        private=bool(first["private"]),
        member_ids=frozenset(
            str(row["members__user_id"]) for row in rows if row["members__user_id"] is not None
        ),
    )


async def message_channel_id(message_id: str) -> str | None:
    """The channel of a message (a message never moves): shared under ("chat_message", id)."""
    try:
        parsed = parse_id(message_id, entity="message", field="message_id")
    except (NotFound, Invalid):
        return None
    channel_id = await ChatMessage.filter(id=parsed).first().values_list("channel_id", flat=True)
    return None if channel_id is None else str(channel_id)


async def viewer_can_read_channel(viewer: Viewer, channel_id: str) -> bool:
    principal = viewer.principal
    readers = await viewer.shared(
        ("chat_channel", channel_id), partial(channel_readers, channel_id)
    )
    if readers is None or readers.organization_id != principal.organization_id:
        return False

    async def is_member() -> bool:
        return principal.user_id in readers.member_ids

    return await _admits(
        principal,
        private=readers.private,
        project_id=readers.project_id,
        is_member=is_member,
        space=viewer.can_access_space,
    )


async def viewer_can_read_message(viewer: Viewer, message_id: str) -> bool:
    channel_id = await viewer.shared(
        ("chat_message", message_id), partial(message_channel_id, message_id)
    )
    return channel_id is not None and await viewer_can_read_channel(viewer, channel_id)
