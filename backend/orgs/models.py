"""Organizations (workspaces); their memberships live in the members domain."""

from __future__ import annotations

from tortoise import fields

from backend.core.models import Entity


class Organization(Entity):
    name = fields.CharField(max_length=200)
    slug = fields.CharField(max_length=80, unique=True)

    class Meta:
        table = "organizations"
