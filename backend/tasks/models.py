"""Tasks, their assignees and their labels."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.labels.models import Label
    from backend.milestones.models import Milestone
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.task_groups.models import TaskGroup
    from backend.task_statuses.models import TaskStatus
    from backend.users.models import User


class Priority(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


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
    group: fields.ForeignKeyNullableRelation[TaskGroup] = fields.ForeignKeyField(
        "models.TaskGroup", related_name="tasks", null=True, on_delete=fields.SET_NULL
    )
    milestone: fields.ForeignKeyNullableRelation[Milestone] = fields.ForeignKeyField(
        "models.Milestone", related_name="tasks", null=True, on_delete=fields.SET_NULL
    )
    parent_task: fields.ForeignKeyNullableRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="subtasks", null=True, on_delete=fields.SET_NULL
    )
    estimate_minutes = fields.IntField(null=True)
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
    group_id: UUID | None
    milestone_id: UUID | None
    parent_task_id: UUID | None

    class Meta:
        table = "tasks"
        unique_together = (("project", "number"),)
        # Board order within a Space (what tasks_list pages through), and subtasks of a task.
        indexes = (
            ("project_id", "position"),
            ("organization_id", "position", "id"),  # tasks_list across the readable Spaces
            ("parent_task_id",),
        )


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


class TaskLabel(Entity):
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="task_labels", on_delete=fields.CASCADE
    )
    label: fields.ForeignKeyRelation[Label] = fields.ForeignKeyField(
        "models.Label", related_name="task_labels", on_delete=fields.CASCADE
    )

    task_id: UUID
    label_id: UUID

    class Meta:
        table = "task_labels"
        unique_together = (("task", "label"),)
