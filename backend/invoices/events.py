"""Invoice events: billing data, seen only by members with `manage_billing`."""

from __future__ import annotations

from backend.core.event_types import EventType, Viewer
from backend.core.permissions import Permission
from subscriptions import EventMessage


async def billing_only(viewer: Viewer, message: EventMessage) -> bool:
    return viewer.principal.can(Permission.MANAGE_BILLING)


class InvoiceEvent(EventType, visibility=billing_only):
    CREATED = "invoice.created", "An invoice draft was created."
    UPDATED = "invoice.updated", "A draft invoice or its lines changed."
    DELETED = "invoice.deleted", "A draft invoice was deleted; its time entries are unbilled again."
    SENT = "invoice.sent", "An invoice got its number, was frozen and emailed."
    PAID = "invoice.paid", "An invoice became fully paid."
    VOIDED = "invoice.voided", "An invoice was voided; its time entries are unbilled again."
