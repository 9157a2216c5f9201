"""GraphQL types of chat channels, their members and messages."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.chat.loaders import member_counts_by_channel, mentioned_user_ids_by_message
from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow
from backend.users.loaders import users_by_id
from backend.users.types import User


async def _user(info: AppInfo, user_id: object | None) -> User | None:
    if user_id is None:
        return None
    row = await info.context.loaders.get(users_by_id).load(str(user_id))
    return None if row is None else User.from_model(row)


@strawberry.type(
    description="A chat channel: organization-wide, tied to a Space, or private to its members."
)
class ChatChannel(FromRow):
    id: strawberry.ID
    name: str
    topic: str | None
    project_id: strawberry.ID | None = strawberry.field(
        description="The Space whose readers read the channel; null for an organization-wide "
        "or private channel without a Space."
    )
    private: bool = strawberry.field(description="Only its members read it.")
    archived_at: datetime | None = strawberry.field(
        description="Set while the channel is archived (read-only)."
    )
    created_by_id: strawberry.ID | None
    created_at: datetime
    updated_at: datetime

    @strawberry.field(description="How many members a private channel has; null for open ones.")
    async def member_count(self, info: AppInfo) -> int | None:
        if not self.private:
            return None
        return await info.context.loaders.get(member_counts_by_channel).load(str(self.id))


@strawberry.type(description="A member of a private chat channel.")
class ChatChannelMember(FromRow):
    channel_id: strawberry.ID
    user_id: strawberry.ID
    created_at: datetime

    @strawberry.field
    async def user(self, info: AppInfo) -> User | None:
        return await _user(info, self.user_id)


@strawberry.type(description="A chat message, its Markdown stored as written.")
class ChatMessage(FromRow):
    id: strawberry.ID
    channel_id: strawberry.ID
    author_id: strawberry.ID | None = strawberry.field(
        description="Null once the author's account is gone."
    )
    body: str = strawberry.field(description="Markdown as written; empty once deleted.")
    created_at: datetime
    edited_at: datetime | None = strawberry.field(description="When the author last edited it.")
    deleted_at: datetime | None = strawberry.field(description="When it was deleted.")

    @strawberry.field
    async def author(self, info: AppInfo) -> User | None:
        return await _user(info, self.author_id)

    @strawberry.field(
        description="People @mentioned in the body (@email or @[user-id]) who can read the channel."
    )
    async def mentions(self, info: AppInfo) -> list[User]:
        ids = await info.context.loaders.get(mentioned_user_ids_by_message).load(str(self.id))
        users = await info.context.loaders.get(users_by_id).load_many(ids)
        return [User.from_model(u) for u in users if u is not None]
