"""Client events: billing data, so only members with manage_billing see them."""

from __future__ import annotations

from backend.core.event_types import EventType, Viewer
from backend.core.permissions import Permission
from subscriptions import EventMessage


async def billing_only(viewer: Viewer, message: EventMessage) -> bool:
    """Clients, invoices and payments are billing data: members with manage_billing see them."""
    return viewer.principal.can(Permission.MANAGE_BILLING)


class ClientEvent(EventType, visibility=billing_only):
    CREATED = "client.created", "A client was created."
    UPDATED = "client.updated", "A client's details changed."
    ARCHIVED = "client.archived", "A client was archived: no new Spaces or invoices for it."
    UNARCHIVED = "client.unarchived", "An archived client became active again."
    DELETED = "client.deleted", "A client without invoices was deleted; its Spaces stay."


class ClientContactEvent(EventType, visibility=billing_only):
    CREATED = "client_contact.created", "A contact was added to a client."
    UPDATED = "client_contact.updated", "A client's contact changed."
    DELETED = "client_contact.deleted", "A client's contact was deleted."


class ClientNoteEvent(EventType, visibility=billing_only):
    ADDED = "client_note.added", "A note was added to a client."
