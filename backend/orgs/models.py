"""Organizations and their memberships (a user's role in one organization)."""

from __future__ import annotations

from uuid import UUID

from tortoise import fields

from backend.core.models import Entity
from backend.core.permissions import Role


class Organization(Entity):
    name = fields.CharField(max_length=200)
    slug = fields.CharField(max_length=80, unique=True)

    class Meta:
        table = "organizations"


class Membership(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="memberships", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="memberships", on_delete=fields.CASCADE
    )
    role = fields.CharEnumField(Role, max_length=20)

    organization_id: UUID
    user_id: UUID

    class Meta:
        table = "memberships"
        unique_together = (("organization", "user"),)


from backend.users.models import User  # noqa: E402
