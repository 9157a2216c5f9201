"""Label events: labels belong to the organization, so every member sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class LabelEvent(EventType):
    CREATED = "label.created", "A label was created."
    UPDATED = "label.updated", "A label was renamed or recolored."
    DELETED = "label.deleted", "A label was deleted and taken off its tasks."
