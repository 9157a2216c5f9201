"""Notification events: only the notification's recipient sees them."""

from __future__ import annotations

from functools import partial

from backend.core.errors import Invalid, NotFound
from backend.core.event_types import EventType, Viewer
from backend.core.ids import parse_id
from backend.notifications.models import Notification
from subscriptions import EventMessage


async def recipient_of(notification_id: str) -> str | None:
    """A notification's recipient (it never changes), or None when there is no such row."""
    try:
        parsed = parse_id(notification_id, entity="notification", field="notification_id")
    except (NotFound, Invalid):
        return None
    recipient_id = (
        await Notification.filter(id=parsed).first().values_list("recipient_id", flat=True)
    )
    return None if recipient_id is None else str(recipient_id)


async def recipient_only(viewer: Viewer, message: EventMessage) -> bool:
    """The recipient of the notification the event names; `all_read` names the recipient.
    The recipient is read once per process for all subscribers, not once per subscriber."""
    user_id = viewer.principal.user_id
    if message.type == NotificationEvent.ALL_READ.value:
        return message.entity_id == user_id
    notification_id = message.entity_id
    recipient_id = await viewer.shared(
        ("notification", notification_id), partial(recipient_of, notification_id)
    )
    return recipient_id == user_id


class NotificationEvent(EventType, visibility=recipient_only):
    CREATED = "notification.created", "You have a new notification."
    READ = "notification.read", "One of your notifications was marked read."
    ALL_READ = (
        "notification.all_read",
        "All your notifications were marked read (the entity id is your user id).",
    )
    DISMISSED = "notification.dismissed", "One of your notifications was dismissed."
