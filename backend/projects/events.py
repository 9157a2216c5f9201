"""Space events: anyone with access to the Space sees them; some change who has that access."""

from __future__ import annotations

from backend.core.event_types import AccessChange, EventType


class ProjectEvent(EventType):
    CREATED = "project.created", "A Space was created."
    UPDATED = "project.updated", "A Space's details or visibility changed.", AccessChange.SPACE
    ARCHIVED = "project.archived", "A Space was archived and became read-only."
    UNARCHIVED = "project.unarchived", "An archived Space became writable again."
    DELETED = "project.deleted", "A Space was deleted with its tasks.", AccessChange.SPACE


class ProjectMemberEvent(EventType):
    ADDED = "project_member.added", "A user was added to a Space.", AccessChange.SPACE
    UPDATED = "project_member.updated", "A Space member's hourly rate changed."
    REMOVED = "project_member.removed", "A user was removed from a Space.", AccessChange.SPACE
