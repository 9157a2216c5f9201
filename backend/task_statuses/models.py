"""Workflow statuses: the organization's, or a project's own set that overrides them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project


class AutoAdvanceTrigger(StrEnum):
    TIMER_STARTED = "timer_started"
    CHECKLIST_COMPLETED = "checklist_completed"
    BLOCKERS_DONE = "blockers_done"


class TaskStatus(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="task_statuses", on_delete=fields.CASCADE
    )
    # NULL: the organization's workflow; set: this project's own workflow, which replaces it.
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="task_statuses", null=True, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    color = fields.CharField(max_length=7, null=True)
    position = fields.IntField()
    is_terminal = fields.BooleanField(default=False)
    progress = fields.IntField(default=0)  # percent, 0..100
    auto_advance_on = fields.CharEnumField(AutoAdvanceTrigger, max_length=30, null=True)
    auto_advance_to: fields.ForeignKeyNullableRelation[TaskStatus] = fields.ForeignKeyField(
        "models.TaskStatus", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    project_id: UUID | None
    auto_advance_to_id: UUID | None

    class Meta:
        table = "task_statuses"
        ordering = ["position"]
