"""Dependencies between tasks: a task is blocked until the tasks it depends on are done."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.tasks.models import Task


class TaskDependency(Entity):
    """`task` cannot be completed before `depends_on` is (depends_on blocks task)."""

    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="dependencies", on_delete=fields.CASCADE
    )
    depends_on: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="dependents", on_delete=fields.CASCADE
    )

    organization_id: UUID
    task_id: UUID
    depends_on_id: UUID

    class Meta:
        table = "task_dependencies"
        # (task, depends_on) is unique and indexed; the other direction finds what a task blocks.
        indexes = (("depends_on_id",),)
        unique_together = (("task", "depends_on"),)
