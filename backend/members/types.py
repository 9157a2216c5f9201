"""GraphQL type of memberships."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.members import models
from backend.orgs.types import Role
from backend.users.loaders import users_by_id
from backend.users.types import User


@strawberry.type(description="A user's membership of the organization.")
class Member:
    user_id: strawberry.ID
    role: Role
    joined_at: datetime

    @strawberry.field
    async def user(self, info: AppInfo) -> User:
        row = await info.context.loaders.get(users_by_id).load(str(self.user_id))
        assert row is not None
        return User.from_model(row)

    @classmethod
    def from_model(cls, row: models.Membership) -> Member:
        return from_row(cls, row, joined_at=row.created_at)
