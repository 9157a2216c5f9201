"""Public forms of a Space and what people submitted through them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.tasks.models import Task
    from backend.users.models import User


class PublicForm(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="public_forms", on_delete=fields.CASCADE
    )
    title = fields.CharField(max_length=200)
    description = fields.TextField(null=True)
    # The field definitions (form_fields.FormField.as_json), in order.
    field_definitions: list[dict[str, Any]] = fields.JSONField()
    # Unguessable, public: /forms/{slug}.
    slug = fields.CharField(max_length=64, unique=True)
    is_open = fields.BooleanField(default=True, db_default=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    project_id: UUID
    created_by_id: UUID | None

    class Meta:
        table = "public_forms"
        indexes = (("organization_id", "project_id"), ("organization_id", "created_at", "id"))


class PublicFormSubmission(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    form: fields.ForeignKeyRelation[PublicForm] = fields.ForeignKeyField(
        "models.PublicForm", related_name="submissions", on_delete=fields.CASCADE
    )
    answers: dict[str, Any] = fields.JSONField()
    # The task it was turned into (public_forms_submissions_convert).
    task: fields.ForeignKeyNullableRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name=None, null=True, on_delete=fields.SET_NULL
    )
    converted_at = fields.DatetimeField(null=True)

    organization_id: UUID
    form_id: UUID
    task_id: UUID | None

    class Meta:
        table = "public_form_submissions"
        indexes = (("form_id", "created_at"),)
