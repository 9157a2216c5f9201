"""Time entries; a running timer is an entry without an end."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.tasks.models import Task
    from backend.users.models import User


class TimeEntry(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="time_entries", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="time_entries", on_delete=fields.CASCADE
    )
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="time_entries", null=True, on_delete=fields.SET_NULL
    )
    task: fields.ForeignKeyNullableRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="time_entries", null=True, on_delete=fields.SET_NULL
    )
    description = fields.TextField(null=True)
    billable = fields.BooleanField(default=False)
    started_at = fields.DatetimeField()
    ended_at = fields.DatetimeField(null=True)
    # Equal to user_id while the timer runs, NULL once stopped. Its unique index is what makes
    # "one running timer per user" hold under concurrency on every database (tortoise cannot
    # declare a partial unique index on SQLite).
    running_user_id = fields.UUIDField(null=True, unique=True)
    # The billing rate and the member's cost rate, resolved when the entry stops or is created
    # (backend/time/rates.py) and kept: changing a rate later does not touch existing entries.
    hourly_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)
    cost_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)

    organization_id: UUID
    user_id: UUID
    project_id: UUID | None
    task_id: UUID | None

    class Meta:
        table = "time_entries"
        # Newest-first listings, per user and per organization.
        indexes = (
            # time_entries_list of one member: both equalities and the order in one index.
            ("organization_id", "user_id", "started_at", "id"),
            ("organization_id", "started_at"),
            # time_entries_list of one Space or task pages through its own entries, not the org's.
            ("project_id", "started_at", "id"),
            ("task_id", "started_at", "id"),
        )
