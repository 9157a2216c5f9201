"""Notifications: one row per recipient and thing that happened to them."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity
from backend.notifications.kinds import NotificationKind

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.users.models import User


class Notification(Entity):
    # Written by the notifications commit hook as a consequence of a change: not itself audited.
    audited: ClassVar[bool] = False

    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    recipient: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, on_delete=fields.CASCADE
    )
    actor_id = fields.UUIDField(null=True)  # who caused it; null for reminders
    kind = fields.CharEnumField(NotificationKind, max_length=40)
    entity_type = fields.CharField(max_length=100)
    entity_id = fields.CharField(max_length=100)
    text = fields.CharField(max_length=300)
    read_at = fields.DatetimeField(null=True)
    dismissed_at = fields.DatetimeField(null=True)
    # Once per recipient and key (the due-date reminder: one per task and day, across replicas).
    dedupe_key = fields.CharField(max_length=200, null=True)

    organization_id: UUID
    recipient_id: UUID

    class Meta:
        table = "notifications"
        unique_together = (("recipient", "dedupe_key"),)
        indexes = (("recipient_id", "organization_id", "created_at"),)
