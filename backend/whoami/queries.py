"""whoami: the token's user, organization, role and effective permissions."""

from __future__ import annotations

import strawberry

from backend.core.resolvers import AppInfo, principal
from backend.orgs import service as orgs_service
from backend.orgs.types import Organization
from backend.users.loaders import users_by_id
from backend.users.types import User
from backend.whoami.types import Whoami


@strawberry.type
class WhoamiQuery:
    @strawberry.field(
        description="The token's user, organization, role, permissions, expiry and mode "
        "(read-only or not)."
    )
    async def whoami(self, info: AppInfo) -> Whoami:
        actor = principal(info)
        user = await info.context.loaders.get(users_by_id).load(actor.user_id)
        assert user is not None
        organization = await orgs_service.get_organization(actor)
        return Whoami(
            user=User.from_model(user),
            organization=Organization.from_model(organization),
            role=actor.role,
            permissions=sorted(actor.permissions),
            token_name=actor.token_name,
            token_expires_at=actor.token_expires_at,
            token_read_only=actor.read_only,
        )
