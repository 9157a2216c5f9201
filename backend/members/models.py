"""Memberships: a user's role in one organization."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity
from backend.core.permissions import Role

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.users.models import User


class Membership(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="memberships", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="memberships", on_delete=fields.CASCADE
    )
    role = fields.CharEnumField(Role, max_length=20)
    # Billing rate of this member's time (before the organization default), what the member costs
    # (for profitability), and their capacity (overrides the organization's working hours per week).
    hourly_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)
    cost_rate = fields.DecimalField(max_digits=14, decimal_places=4, null=True)
    weekly_capacity_hours = fields.DecimalField(max_digits=5, decimal_places=2, null=True)

    organization_id: UUID
    user_id: UUID

    class Meta:
        table = "memberships"
        unique_together = (("organization", "user"),)
        indexes = (("organization_id", "created_at", "id"),)  # members_list


class Invitation(Entity):
    """An invitation to join an organization with a role. Its secret is sent by mail and stored
    only as a SHA-256 hash; it can be accepted once, before it expires, unless revoked."""

    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="invitations", on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=320)  # lower-cased
    role = fields.CharEnumField(Role, max_length=20)
    secret_hash = fields.CharField(max_length=64, unique=True)
    invited_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="invitations_sent", on_delete=fields.SET_NULL, null=True
    )
    expires_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    accepted_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="invitations_accepted", on_delete=fields.SET_NULL, null=True
    )
    revoked_at = fields.DatetimeField(null=True)

    organization_id: UUID
    invited_by_id: UUID | None
    accepted_by_id: UUID | None

    class Meta:
        table = "invitations"
        indexes = (
            ("organization_id", "email"),
            ("organization_id", "created_at", "id"),  # members_invitations_list
        )
