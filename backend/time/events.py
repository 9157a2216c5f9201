"""Time entry events: your own, or anyone's with `manage_time`; in a Space, only with its access."""

from __future__ import annotations

from backend.core.event_types import EventType, Viewer, space_access
from backend.core.permissions import Permission
from subscriptions import EventMessage


async def own_or_managed(viewer: Viewer, message: EventMessage) -> bool:
    principal = viewer.principal
    if message.actor_id != principal.user_id and not principal.can(Permission.MANAGE_TIME):
        return False
    return await space_access(viewer, message)


class TimeEntryEvent(EventType, visibility=own_or_managed):
    STARTED = "time_entry.started", "A timer was started."
    STOPPED = "time_entry.stopped", "A running timer was stopped."
    CREATED = "time_entry.created", "A time entry was logged."
    UPDATED = "time_entry.updated", "A time entry changed."
    DELETED = "time_entry.deleted", "A time entry was deleted."
    DISCARDED = "time_entry.discarded", "A running timer was discarded without recording time."
