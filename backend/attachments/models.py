"""Files attached to tasks, comments, clients, invoices (and chat messages), stored by content.

The owning entity is named by kind and id, not by foreign key: one table serves every kind the
entity registry (entities.py) declares, and removing a deleted entity's attachments is one commit
hook (hooks.py) rather than a cascade that would forget the blobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.users.models import User


class Blob(Entity):
    """Stored bytes, by SHA-256 (hex): one copy however often they are attached."""

    sha256 = fields.CharField(max_length=64, unique=True)
    size = fields.BigIntField()

    class Meta:
        table = "attachment_blobs"


class Attachment(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    entity_type = fields.CharField(max_length=30)
    entity_id = fields.UUIDField()
    # What else owns the entity: the task of a comment; its rows go when the parent goes.
    parent_type = fields.CharField(max_length=30, null=True)
    parent_id = fields.UUIDField(null=True)
    # The Space of the entity (NULL for clients and invoices): for events and Space deletion.
    project_id = fields.UUIDField(null=True)
    filename = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=100)  # sniffed from the bytes, never the client's
    size = fields.BigIntField()
    sha256 = fields.CharField(max_length=64)
    uploaded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    uploaded_by_id: UUID | None

    class Meta:
        table = "attachments"
        indexes = (
            ("organization_id", "entity_type", "entity_id", "created_at", "id"),  # attachments_list
            ("organization_id", "parent_type", "parent_id"),
            ("project_id",),
            ("sha256",),
        )
