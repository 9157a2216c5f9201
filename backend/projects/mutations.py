"""Project changes."""

from __future__ import annotations

from functools import partial

import strawberry

from backend.core.fields import mutation
from backend.projects import service
from backend.projects.types import Project, ProjectMember


@strawberry.type
class ProjectsMutation:
    projects_create = mutation(
        service.create_project,
        Project,
        description="Create a Space. You become its first member.",
    )
    projects_update = mutation(
        service.update_project,
        Project,
        description="Change a Space's name, description, color or visibility.",
    )
    projects_archive = mutation(
        partial(service.set_archived, archived=True),
        Project,
        description="Archive a Space: it becomes read-only.",
    )
    projects_unarchive = mutation(
        partial(service.set_archived, archived=False),
        Project,
        description="Unarchive a Space: it becomes writable again.",
    )
    projects_delete = mutation(
        service.delete_project,
        Project,
        description="Delete a Space and its tasks for good; tracked time is kept.",
    )
    projects_members_add = mutation(
        service.add_member,
        ProjectMember,
        description="Add an organization member to a Space, or change their rate on it.",
    )
    projects_members_remove = mutation(
        service.remove_member, ProjectMember, description="Remove a member from a Space."
    )
