"""The audit log: one append-only entry per committed unit of work."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from backend.orgs.models import Organization


class AuditEntry(Model):
    """Written once by the audit commit hook, never changed: database triggers refuse UPDATE,
    and DELETE unless the organization row itself is gone (its cascade)."""

    id = fields.UUIDField(primary_key=True, default=uuid4)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    occurred_at = fields.DatetimeField()
    # Plain ids, no foreign keys: a removed user or a deleted token must not rewrite the log.
    actor_id = fields.UUIDField(null=True)
    token_id = fields.UUIDField(null=True)
    token_name = fields.CharField(max_length=200, null=True)
    interface = fields.CharField(max_length=20)
    operation = fields.CharField(max_length=200, null=True)
    entity_type = fields.CharField(max_length=100)
    entity_id = fields.CharField(max_length=100)
    action = fields.CharField(max_length=100)
    changes: Any = fields.JSONField(default=list)
    request_id = fields.CharField(max_length=64, null=True)

    organization_id: UUID

    class Meta:
        table = "audit_entries"
        indexes = (
            ("organization_id", "occurred_at"),
            # audit_list of one entity or one actor, newest first, read as one index range.
            ("organization_id", "entity_type", "entity_id", "occurred_at", "id"),
            ("organization_id", "actor_id", "occurred_at", "id"),
        )
