"""Reading and dismissing your notifications."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.notifications import service
from backend.notifications.types import Notification, NotificationCount


@strawberry.type
class NotificationsMutation:
    notifications_mark_read = mutation(
        service.mark_read,
        NotificationCount,
        description="Mark notifications read; returns your unread count.",
    )
    notifications_mark_all_read = mutation(
        service.mark_all_read,
        NotificationCount,
        description="Mark all your notifications read.",
    )
    notifications_dismiss = mutation(
        service.dismiss,
        Notification,
        description="Dismiss a notification: it leaves your list for good.",
    )
