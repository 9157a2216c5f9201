"""Tasks, their workflow statuses and their assignees."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.users.models import User


class Priority(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class TaskStatus(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="task_statuses", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    color = fields.CharField(max_length=7, null=True)
    position = fields.IntField()
    is_terminal = fields.BooleanField(default=False)
    progress = fields.IntField(default=0)  # percent, 0..100

    organization_id: UUID

    class Meta:
        table = "task_statuses"
        ordering = ["position"]


class Task(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="tasks", on_delete=fields.CASCADE
    )
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="tasks", on_delete=fields.CASCADE
    )
    number = fields.IntField()
    title = fields.CharField(max_length=500)
    description = fields.TextField(null=True)
    status: fields.ForeignKeyRelation[TaskStatus] = fields.ForeignKeyField(
        "models.TaskStatus", related_name="tasks", on_delete=fields.RESTRICT
    )
    priority = fields.CharEnumField(Priority, max_length=10, default=Priority.NONE)
    position = fields.BigIntField()
    start_date = fields.DateField(null=True)
    due_date = fields.DateField(null=True)
    completed_at = fields.DatetimeField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    project_id: UUID
    status_id: UUID

    class Meta:
        table = "tasks"
        unique_together = (("project", "number"),)


class TaskAssignee(Entity):
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="assignees", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="task_assignments", on_delete=fields.CASCADE
    )

    task_id: UUID
    user_id: UUID

    class Meta:
        table = "task_assignees"
        unique_together = (("task", "user"),)
