"""Reads of the caller's own tokens."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.users import service
from backend.users.types import AccessToken


@strawberry.type
class UsersQuery:
    @strawberry.field(
        description="Your Personal Access Tokens in this organization (never their secrets)."
    )
    async def users_tokens_list(
        self,
        info: AppInfo,
        include_revoked: bool = False,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[AccessToken]:
        page = await service.list_tokens(
            principal(info), include_revoked=include_revoked, limit=limit, cursor=cursor
        )
        return as_connection(page, AccessToken.from_model)
