"""The caller's profile, and creating and revoking their Personal Access Tokens."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.users import preferences, service
from backend.users.types import AccessToken, CreatedAccessToken, User, UserPreferences


@strawberry.type
class UsersMutation:
    users_tokens_create = mutation(
        service.create_token,
        CreatedAccessToken,
        description="Create a token for yourself in this organization; the secret is returned once.",
    )
    users_tokens_revoke = mutation(
        service.revoke_token,
        AccessToken,
        description="Revoke one of your tokens; it stops working at once.",
    )
    users_update_profile = mutation(
        service.update_profile,
        User,
        description="Change your name, picture (an http(s) address) or IANA time zone; omitted "
        "arguments stay unchanged.",
    )
    users_update_preferences = mutation(
        preferences.update_preferences,
        UserPreferences,
        description="Change your own preferences: the notification kinds you receive, and the "
        "day your week starts.",
    )
