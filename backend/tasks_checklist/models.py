"""Checklist items of tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.tasks.models import Task


class TaskChecklistItem(Entity):
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="checklist_items", on_delete=fields.CASCADE
    )
    text = fields.CharField(max_length=500)
    done = fields.BooleanField(default=False)
    done_at = fields.DatetimeField(null=True)
    position = fields.IntField()

    task_id: UUID

    class Meta:
        table = "task_checklist_items"
        indexes = (("task_id",),)
        ordering = ["position"]
