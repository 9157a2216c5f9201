"""Space events: anyone with access to the Space sees them; some change who has that access.

`SpaceReaders` is who may read one Space, read once per process and shared by every subscriber
(`space_readers`), so judging a Space's event costs no SQL per subscriber. It is the rule of
`service.accessible_projects` on one row; the events that change its inputs declare
`AccessChange.SPACE`, which forgets it.
"""

from __future__ import annotations

from dataclasses import dataclass

from backend.core.errors import Invalid, NotFound
from backend.core.event_types import AccessChange, EventType
from backend.core.ids import parse_id
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.projects.models import Project, Visibility


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


@dataclass(frozen=True, slots=True)
class SpaceReaders:
    """Who may read one Space: its organization, whether it is open, and its members."""

    organization_id: str
    open: bool
    member_ids: frozenset[str]

    def admit(self, principal: Principal) -> bool:
        if principal.organization_id != self.organization_id:
            return False
        if principal.can(Permission.ACCESS_ALL_PROJECTS):
            return True
        if self.open and principal.can(Permission.ACCESS_OPEN_PROJECTS):
            return True
        return principal.user_id in self.member_ids


async def space_readers(project_id: str) -> SpaceReaders | None:
    """The readers of a Space, in one query; None when no such Space exists."""
    try:
        parsed = parse_id(project_id, entity="project", field="project_id")
    except (NotFound, Invalid):  # malformed or empty: names no Space
        return None
    # One row per member (one with a NULL user for a Space without members): a LEFT JOIN.
    rows = await Project.filter(id=parsed).values(
        "organization_id", "visibility", "members__user_id"
    )
    if not rows:
        return None
    return SpaceReaders(
        organization_id=str(rows[0]["organization_id"]),
        open=rows[0]["visibility"] == Visibility.OPEN,
        member_ids=frozenset(
            str(row["members__user_id"]) for row in rows if row["members__user_id"] is not None
        ),
    )
