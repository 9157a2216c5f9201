"""Organization reads."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.orgs import service
from backend.orgs.types import Organization


@strawberry.type
class OrgsQuery:
    @strawberry.field(description="The token's organization.")
    async def orgs_get(self, info: AppInfo) -> Organization:
        return Organization.from_model(await service.get_organization(principal(info)))
