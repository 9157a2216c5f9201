"""Field conventions shared by every model: UUID ids and UTC timestamps."""

from __future__ import annotations

from uuid import uuid4

from tortoise import fields
from tortoise.models import Model


class Entity(Model):
    id = fields.UUIDField(primary_key=True, default=uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True
