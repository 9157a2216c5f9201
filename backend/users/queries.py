"""Users of the organization, and the caller's own tokens."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.users import service
from backend.users.types import AccessToken, User


@strawberry.type
class UsersQuery:
    users_tokens_list = connection(
        service.list_tokens,
        AccessToken,
        description="Your Personal Access Tokens in this organization (never their secrets).",
    )
    users_get = query(
        service.get_user,
        User,
        description="A member of your organization (for a guest, someone of their Spaces); "
        "anyone else is not found.",
    )
