"""GraphQL type of task comments."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow
from backend.tasks_comments.loaders import mentioned_user_ids_by_comment
from backend.users.loaders import users_by_id
from backend.users.types import User


@strawberry.type(description="A comment on a task.")
class TaskComment(FromRow):
    id: strawberry.ID
    task_id: strawberry.ID
    author_id: strawberry.ID | None = strawberry.field(
        description="Null once the author's account is gone."
    )
    body: str
    created_at: datetime
    edited_at: datetime | None = strawberry.field(description="When the author last edited it.")

    @strawberry.field
    async def author(self, info: AppInfo) -> User | None:
        if self.author_id is None:
            return None
        row = await info.context.loaders.get(users_by_id).load(str(self.author_id))
        return None if row is None else User.from_model(row)

    @strawberry.field(
        description="Members of the organization @mentioned in the body (@email or @[user-id])."
    )
    async def mentions(self, info: AppInfo) -> list[User]:
        ids = await info.context.loaders.get(mentioned_user_ids_by_comment).load(str(self.id))
        users = await info.context.loaders.get(users_by_id).load_many(ids)
        return [User.from_model(u) for u in users if u is not None]
