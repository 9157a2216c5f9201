"""Organization events: every member sees them (they carry ids, never the settings' values)."""

from __future__ import annotations

from backend.core.event_types import EventType


class OrganizationEvent(EventType):
    UPDATED = "organization.updated", "The organization's name or settings changed."
