"""Notification reads: your own only."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.notifications import service
from backend.notifications.types import Notification, NotificationCount


@strawberry.type
class NotificationsQuery:
    notifications_list = connection(
        service.list_notifications,
        Notification,
        description="Your notifications, newest first; unread_only for the unread ones.",
    )
    notifications_unread_count = query(
        service.unread_count, NotificationCount, description="How many notifications are unread."
    )
