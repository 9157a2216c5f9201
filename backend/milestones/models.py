"""Milestones: dated markers on a Space's Gantt chart that tasks can be attached to."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project


class Milestone(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="milestones", on_delete=fields.CASCADE
    )
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="milestones", on_delete=fields.CASCADE
    )
    title = fields.CharField(max_length=200)
    target_date = fields.DateField()
    color = fields.CharField(max_length=7, null=True)
    description = fields.TextField(null=True)

    organization_id: UUID
    project_id: UUID

    class Meta:
        table = "milestones"
        indexes = (("project_id", "target_date", "id"),)  # milestones_list
