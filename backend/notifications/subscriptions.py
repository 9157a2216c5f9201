"""The live unread count: your count now, then again after each change to your notifications."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator

import strawberry

from backend.core import realtime
from backend.core.errors import Unauthenticated
from backend.core.resolvers import AppInfo, principal
from backend.events.access import SubscriberAccess
from backend.notifications import service
from backend.notifications.types import NotificationCount
from subscriptions import EventMessage, organization_channel

logger = logging.getLogger("trcr.notifications")


@strawberry.type
class NotificationsSubscription:
    @strawberry.subscription(
        description="Your unread notification count: once at once, then after every "
        "notification of yours is created, read or dismissed."
    )
    async def notifications_unread_count(
        self, info: AppInfo
    ) -> AsyncGenerator[NotificationCount, None]:
        access = SubscriberAccess(principal(info))
        channel = organization_channel(access.principal.organization_id)
        async with realtime.broadcast().subscribe(channel) as stream:
            yield NotificationCount.from_model(await service.unread_count(access.principal))
            async for raw in stream:
                try:
                    message = EventMessage.from_json(raw.message)
                except ValueError:
                    logger.warning("Dropped a malformed event on %s", channel)
                    continue
                access.observe(message)
                if not message.type.startswith("notification."):
                    continue
                try:
                    await access.refresh()
                except Unauthenticated:
                    return
                if await access.can_see(message):
                    yield NotificationCount.from_model(await service.unread_count(access.principal))
