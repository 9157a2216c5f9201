"""Milestone reads."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.milestones import service
from backend.milestones.types import Milestone


@strawberry.type
class MilestonesQuery:
    @strawberry.field(description="A Space's milestones, soonest target date first.")
    async def milestones_list(
        self,
        info: AppInfo,
        project_id: strawberry.ID,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[Milestone]:
        page = await service.list_milestones(
            principal(info), project_id=project_id, limit=limit, cursor=cursor
        )
        return as_connection(page, Milestone.from_model)
