"""Payment events: billing data, seen only by members with `manage_billing`."""

from __future__ import annotations

from backend.core.event_types import EventType
from backend.invoices.events import billing_only


class PaymentEvent(EventType, visibility=billing_only):
    RECORDED = "payment.recorded", "A payment against an invoice was recorded."
    UPDATED = "payment.updated", "A payment changed; its invoice's balance was recomputed."
    DELETED = "payment.deleted", "A payment was deleted; its invoice's balance was recomputed."
    REFUNDED = "payment.refunded", "A payment was refunded in part or in full."
