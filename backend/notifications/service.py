"""A person's notifications: only the recipient ever reads or changes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from tortoise.queryset import QuerySet

from backend.core.arguments import DEFAULT_LIMIT, MAX_IDS, Bounds, Cursor, Doc, Id, Limit
from backend.core.ids import parse_id
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.notifications.events import NotificationEvent
from backend.notifications.models import Notification

NotificationId = Annotated[Id, Doc("The notification's id (from notifications_list).")]


@dataclass(frozen=True)
class UnreadCount:
    unread_count: int
    changed: int = 0  # how many notifications the call marked


def _mine(principal: Principal) -> QuerySet[Notification]:
    """The principal's own notifications in this organization, dismissed ones excluded."""
    return Notification.filter(
        organization_id=principal.organization_id,
        recipient_id=principal.user_id,
        dismissed_at__isnull=True,
    )


async def unread_count_of(principal: Principal) -> int:
    return await _mine(principal).filter(read_at__isnull=True).count()


async def list_notifications(
    principal: Principal,
    *,
    unread_only: Annotated[bool, Doc("Only notifications you have not read.")] = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Notification]:
    """Your notifications, newest first (dismissed ones are gone)."""
    query = _mine(principal)
    if unread_only:
        query = query.filter(read_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at", descending=True)


async def unread_count(principal: Principal) -> UnreadCount:
    return UnreadCount(await unread_count_of(principal))


async def mark_read(
    principal: Principal,
    *,
    notification_ids: Annotated[
        list[Id], Doc("The notifications to mark read."), Bounds(max_items=MAX_IDS)
    ],
) -> UnreadCount:
    """Mark these notifications read; ids that are not yours are "not found"."""
    parsed = [
        parse_id(value, entity="notification", field="notification_ids")
        for value in notification_ids
    ]
    async with unit_of_work(principal) as uow:
        rows = {row.id: row for row in await _mine(principal).filter(id__in=parsed)}
        for value, notification_id in zip(notification_ids, parsed, strict=True):
            if notification_id not in rows:
                await get_in(
                    _mine(principal), value, entity="notification", field="notification_ids"
                )
        now = datetime.now(UTC)
        changed = 0
        for row in rows.values():
            if row.read_at is None:
                row.read_at = now
                await row.save(update_fields=["read_at", "updated_at"])
                uow.record(NotificationEvent.READ, row.id)
                changed += 1
        count = await unread_count_of(principal)
    return UnreadCount(count, changed)


async def mark_all_read(principal: Principal) -> UnreadCount:
    async with unit_of_work(principal) as uow:
        changed = (
            await _mine(principal).filter(read_at__isnull=True).update(read_at=datetime.now(UTC))
        )
        uow.record(NotificationEvent.ALL_READ, principal.user_id)
    return UnreadCount(0, changed)


async def dismiss(principal: Principal, *, notification_id: NotificationId) -> Notification:
    """Dismiss a notification: it leaves your list for good (read or not)."""
    async with unit_of_work(principal) as uow:
        row = await get_in(
            _mine(principal), notification_id, entity="notification", field="notification_id"
        )
        now = datetime.now(UTC)
        row.dismissed_at = now
        if row.read_at is None:
            row.read_at = now
        await row.save(update_fields=["dismissed_at", "read_at", "updated_at"])
        uow.record(NotificationEvent.DISMISSED, row.id)
    return row
