"""Attachment events: with the Space when the entity lives in one; otherwise (clients, invoices)
only for those who manage billing."""

from __future__ import annotations

from backend.core.event_types import EventType, Viewer
from backend.core.permissions import Permission
from subscriptions import EventMessage


async def attachment_visibility(viewer: Viewer, message: EventMessage) -> bool:
    if message.project_id is not None:
        return await viewer.can_access_space(message.project_id)
    return viewer.principal.can(Permission.MANAGE_BILLING)


class AttachmentEvent(EventType, visibility=attachment_visibility):
    ADDED = "attachment.added", "A file was attached."
    DELETED = "attachment.deleted", "An attachment was deleted (or its entity was)."
