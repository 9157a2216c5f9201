"""GraphQL types of projects ("Spaces")."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.projects import models
from backend.projects.models import Visibility as VisibilityValue
from backend.users.loaders import users_by_id
from backend.users.types import User

strawberry.enum(
    VisibilityValue,
    name="Visibility",
    description="open: every member of the organization (not guests); private: the Space's members only.",
)
Visibility = VisibilityValue


@strawberry.type(description="A project, called a Space in the product.")
class Project:
    id: strawberry.ID
    key: str = strawberry.field(description="Short key used in task keys, e.g. WEB in WEB-42.")
    name: str
    description: str | None
    color: str | None
    visibility: Visibility
    archived: bool
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.Project) -> Project:
        return cls(
            id=strawberry.ID(str(row.id)),
            key=row.key,
            name=row.name,
            description=row.description,
            color=row.color,
            visibility=VisibilityValue(row.visibility),
            archived=row.archived_at is not None,
            archived_at=row.archived_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


@strawberry.type(description="A member of a Space.")
class ProjectMember:
    project_id: strawberry.ID
    user_id: strawberry.ID
    added_at: datetime

    @strawberry.field
    async def user(self, info: AppInfo) -> User:
        row = await info.context.loaders.get(users_by_id).load(str(self.user_id))
        assert row is not None
        return User.from_model(row)

    @classmethod
    def from_model(cls, row: models.ProjectMember) -> ProjectMember:
        return cls(
            project_id=strawberry.ID(str(row.project_id)),
            user_id=strawberry.ID(str(row.user_id)),
            added_at=row.created_at,
        )
