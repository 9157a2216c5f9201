"""Milestone events: anyone with access to the milestone's Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class MilestoneEvent(EventType):
    CREATED = "milestone.created", "A milestone was created."
    UPDATED = "milestone.updated", "A milestone changed."
    DELETED = "milestone.deleted", "A milestone was deleted and detached from its tasks."
