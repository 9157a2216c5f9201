"""Reads of the caller's own tokens."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection
from backend.users import service
from backend.users.types import AccessToken


@strawberry.type
class UsersQuery:
    users_tokens_list = connection(
        service.list_tokens,
        AccessToken,
        description="Your Personal Access Tokens in this organization (never their secrets).",
    )
