"""GraphQL types of organizations, and the role and permission enums."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.permissions import Permission as PermissionFlag
from backend.core.permissions import Role as RoleName
from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow, from_row
from backend.users import models as users_models
from backend.users.loaders import users_by_id
from backend.users.types import User

# Registered in place: annotations use the service-layer enums themselves.
strawberry.enum(RoleName, name="Role", description="A member's role in the organization.")
strawberry.enum(PermissionFlag, name="Permission", description="What a role allows.")
Role = RoleName
Permission = PermissionFlag


@strawberry.type(description="An organization (workspace).")
class Organization(FromRow):
    id: strawberry.ID
    name: str
    slug: str
    created_at: datetime


@strawberry.type(
    description="A member's Personal Access Token in the organization, without its secret."
)
class OrganizationToken:
    id: strawberry.ID
    user_id: strawberry.ID = strawberry.field(description="The token's owner.")
    name: str
    prefix: str = strawberry.field(description="The token's first characters, to recognise it.")
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None
    read_only: bool = strawberry.field(description="True: the token may run queries only.")

    @strawberry.field(description="The token's owner.")
    async def owner(self, info: AppInfo) -> User | None:
        row = await info.context.loaders.get(users_by_id).load(str(self.user_id))
        return None if row is None else User.from_model(row)

    @classmethod
    def from_model(cls, row: users_models.PersonalAccessToken) -> OrganizationToken:
        return from_row(cls, row)
