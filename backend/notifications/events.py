"""Notification events: only the notification's recipient sees them."""

from __future__ import annotations

from backend.core.event_types import EventType, Viewer
from backend.notifications.models import Notification
from subscriptions import EventMessage


async def recipient_only(viewer: Viewer, message: EventMessage) -> bool:
    """The recipient of the notification the event names; `all_read` names the recipient."""
    user_id = viewer.principal.user_id
    if message.type == NotificationEvent.ALL_READ.value:
        return message.entity_id == user_id
    return await Notification.filter(id=message.entity_id, recipient_id=user_id).exists()


class NotificationEvent(EventType, visibility=recipient_only):
    CREATED = "notification.created", "You have a new notification."
    READ = "notification.read", "One of your notifications was marked read."
    ALL_READ = (
        "notification.all_read",
        "All your notifications were marked read (the entity id is your user id).",
    )
    DISMISSED = "notification.dismissed", "One of your notifications was dismissed."
