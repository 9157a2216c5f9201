"""Users and their Personal Access Tokens."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization


class User(Entity):
    email = fields.CharField(max_length=320, unique=True)  # stored lower-cased
    name = fields.CharField(max_length=200)
    avatar_url = fields.CharField(max_length=2000, null=True)
    timezone = fields.CharField(max_length=64, null=True)  # an IANA name, e.g. Europe/Berlin

    class Meta:
        table = "users"


class PersonalAccessToken(Entity):
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="tokens", on_delete=fields.CASCADE
    )
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="tokens", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    token_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=20)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    # Queries only: the executor refuses every mutation sent with it.
    read_only = fields.BooleanField(default=False, db_default=False)

    user_id: UUID
    organization_id: UUID

    class Meta:
        table = "personal_access_tokens"
        # orgs_tokens_list and users_tokens_list, oldest first.
        indexes = (("organization_id", "created_at", "id"), ("user_id", "created_at", "id"))


class WeekStart(StrEnum):
    MONDAY = "monday"
    SUNDAY = "sunday"
    SATURDAY = "saturday"


class UserPreferences(Entity):
    """A user's own settings, one row made on the first users_update_preferences."""

    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="preferences", on_delete=fields.CASCADE
    )
    # Kinds the user turned off (backend/notifications/kinds.py); kinds added later are on.
    muted_notification_kinds: Any = fields.JSONField(default=list)
    week_start = fields.CharEnumField(WeekStart, max_length=10, null=True)

    user_id: UUID

    class Meta:
        table = "user_preferences"
