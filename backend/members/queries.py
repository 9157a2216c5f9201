"""Member reads."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.members import service
from backend.members.types import Member


@strawberry.type
class MembersQuery:
    @strawberry.field(description="Members of the organization with their roles.")
    async def members_list(
        self, info: AppInfo, limit: int = DEFAULT_LIMIT, cursor: str | None = None
    ) -> Connection[Member]:
        page = await service.list_members(principal(info), limit=limit, cursor=cursor)
        return as_connection(page, Member.from_model)

    @strawberry.field(description="One member of the organization.")
    async def members_get(self, info: AppInfo, user_id: strawberry.ID) -> Member:
        return Member.from_model(await service.get_member(principal(info), user_id=user_id))
