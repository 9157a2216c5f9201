"""Projects ("Spaces"), open to their organization or private to their members."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.clients.models import Client
    from backend.orgs.models import Organization
    from backend.users.models import User


class Visibility(StrEnum):
    OPEN = "open"
    PRIVATE = "private"


class Project(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="projects", on_delete=fields.CASCADE
    )
    key = fields.CharField(max_length=10)
    name = fields.CharField(max_length=200)
    description = fields.TextField(null=True)
    color = fields.CharField(max_length=7, null=True)
    visibility = fields.CharEnumField(Visibility, max_length=10, default=Visibility.OPEN)
    billable = fields.BooleanField(default=True, db_default=True)
    hourly_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)
    budget_hours = fields.DecimalField(max_digits=10, decimal_places=2, null=True)
    archived_at = fields.DatetimeField(null=True)
    client: fields.ForeignKeyNullableRelation[Client] = fields.ForeignKeyField(
        "models.Client", related_name="projects", null=True, on_delete=fields.SET_NULL
    )
    # Next task number for human keys (WEB-42), advanced inside the creating transaction.
    next_task_number = fields.IntField(default=1)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    client_id: UUID | None

    class Meta:
        table = "projects"
        unique_together = (("organization", "key"),)
        indexes = (("organization_id", "created_at", "id"),)  # projects_list


class ProjectMember(Entity):
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="members", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="project_memberships", on_delete=fields.CASCADE
    )
    # Overrides the project's rate for this member's billable time; NULL = the project's rate.
    hourly_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)

    project_id: UUID
    user_id: UUID

    class Meta:
        table = "project_members"
        unique_together = (("project", "user"),)
        indexes = (("project_id", "created_at", "id"),)  # projects_members_list
