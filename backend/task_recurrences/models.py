"""Recurring task rules and the occurrences they created (one row per rule and occurrence key)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.tasks.models import Task
    from backend.users.models import User


class RecurrenceMode(StrEnum):
    SCHEDULE = "schedule"  # occurrences on the rule's dates, whatever happened before
    AFTER_COMPLETION = "after_completion"  # the next one a set time after the previous is completed


class TaskRecurrence(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="task_recurrences", on_delete=fields.CASCADE
    )
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="task_recurrences", on_delete=fields.CASCADE
    )
    template_task: fields.ForeignKeyNullableRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name=None, null=True, on_delete=fields.SET_NULL
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )
    title = fields.CharField(max_length=500)
    description = fields.TextField(null=True)
    # RFC 5545 RRULE without DTSTART/UNTIL/COUNT, e.g. "FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU".
    rule = fields.CharField(max_length=500)
    mode = fields.CharEnumField(RecurrenceMode, max_length=20)
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True)
    count = fields.IntField(null=True)
    timezone = fields.CharField(max_length=64, default="UTC")
    paused = fields.BooleanField(default=False)
    # When the scheduler should next look at this rule (UTC); NULL once the rule has ended.
    next_run_at = fields.DatetimeField(null=True, db_index=True)

    organization_id: UUID
    project_id: UUID
    template_task_id: UUID | None

    class Meta:
        table = "task_recurrences"
        indexes = (("organization_id", "created_at", "id"),)  # task_recurrences_list


class TaskRecurrenceOccurrence(Entity):
    recurrence: fields.ForeignKeyRelation[TaskRecurrence] = fields.ForeignKeyField(
        "models.TaskRecurrence", related_name="occurrences", on_delete=fields.CASCADE
    )
    # The rule's date for schedule mode, "after:<task id>" for after-completion mode. Unique per
    # rule, so two server processes can never create the same occurrence twice.
    occurrence_key = fields.CharField(max_length=80)
    due_on = fields.DateField()
    task: fields.ForeignKeyNullableRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    recurrence_id: UUID
    task_id: UUID | None

    class Meta:
        table = "task_recurrence_occurrences"
        unique_together = (("recurrence", "occurrence_key"),)
        indexes = (("recurrence_id", "due_on", "id"),)  # task_recurrences_occurrences_list
