"""GraphQL types of time entries."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow
from backend.projects.loaders import projects_by_id
from backend.projects.types import Project
from backend.tasks.loaders import tasks_by_id
from backend.tasks.types import Task
from backend.users.loaders import users_by_id
from backend.users.types import User


@strawberry.type(description="Tracked time; a running timer has no end yet.")
class TimeEntry(FromRow):
    id: strawberry.ID
    user_id: strawberry.ID
    project_id: strawberry.ID | None
    task_id: strawberry.ID | None
    description: str | None
    billable: bool
    started_at: datetime
    ended_at: datetime | None

    @strawberry.field(description="True while this is the user's running timer.")
    def running(self) -> bool:
        return self.ended_at is None

    @strawberry.field(description="Whole seconds tracked, up to now for a running timer.")
    def duration_seconds(self) -> int:
        end = self.ended_at or datetime.now(UTC)
        return max(0, int((end - self.started_at).total_seconds()))

    @strawberry.field
    async def user(self, info: AppInfo) -> User:
        row = await info.context.loaders.get(users_by_id).load(str(self.user_id))
        assert row is not None
        return User.from_model(row)

    @strawberry.field
    async def project(self, info: AppInfo) -> Project | None:
        if self.project_id is None:
            return None
        row = await info.context.loaders.get(projects_by_id).load(str(self.project_id))
        return None if row is None else Project.from_model(row)

    @strawberry.field
    async def task(self, info: AppInfo) -> Task | None:
        if self.task_id is None:
            return None
        row = await info.context.loaders.get(tasks_by_id).load(str(self.task_id))
        return None if row is None else Task.from_model(row)
