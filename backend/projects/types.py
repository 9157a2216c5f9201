"""GraphQL types of projects ("Spaces")."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from backend.clients.loaders import clients_by_id
from backend.clients.types import Client
from backend.core.permissions import Permission
from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.projects import models, stats
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
    billable: bool = strawberry.field(
        description="Whether time on this Space is billable by default."
    )
    budget_hours: Decimal | None
    archived: bool
    archived_at: datetime | None
    client_id: strawberry.ID | None = strawberry.field(
        description="The client billed for the Space, if any."
    )
    created_at: datetime
    updated_at: datetime
    rate: strawberry.Private[Decimal | None]

    @strawberry.field(description="Hourly rate; null unless you may view rates (view_rates).")
    def hourly_rate(self, info: AppInfo) -> Decimal | None:
        return self.rate if info.context.principal.can(Permission.VIEW_RATES) else None

    @strawberry.field(description="The client's name, for everyone who sees the Space.")
    async def client_name(self, info: AppInfo) -> str | None:
        if self.client_id is None:
            return None
        row = await info.context.loaders.get(clients_by_id).load(str(self.client_id))
        return None if row is None else row.name

    @strawberry.field(
        description="The client with its billing details; null without one, or unless you "
        "may manage billing (manage_billing): client_name is for everyone."
    )
    async def client(self, info: AppInfo) -> Client | None:
        if self.client_id is None or not info.context.principal.can(Permission.MANAGE_BILLING):
            return None
        row = await info.context.loaders.get(clients_by_id).load(str(self.client_id))
        return None if row is None else Client.from_model(row)

    @classmethod
    def from_model(cls, row: models.Project) -> Project:
        return from_row(cls, row, archived=row.archived_at is not None, rate=row.hourly_rate)


@strawberry.type(description="A member of a Space.")
class ProjectMember:
    project_id: strawberry.ID
    user_id: strawberry.ID
    added_at: datetime
    rate: strawberry.Private[Decimal | None]

    @strawberry.field(
        description="This member's rate on the Space; null unless you may view rates."
    )
    def hourly_rate(self, info: AppInfo) -> Decimal | None:
        return self.rate if info.context.principal.can(Permission.VIEW_RATES) else None

    @strawberry.field
    async def user(self, info: AppInfo) -> User:
        row = await info.context.loaders.get(users_by_id).load(str(self.user_id))
        assert row is not None
        return User.from_model(row)

    @classmethod
    def from_model(cls, row: models.ProjectMember) -> ProjectMember:
        return from_row(cls, row, added_at=row.created_at, rate=row.hourly_rate)


@strawberry.type(description="How many tasks of a Space are in one status.")
class StatusCount:
    status_id: strawberry.ID
    name: str
    is_terminal: bool
    progress: int
    task_count: int


@strawberry.type(description="A Space's progress and tracked time against its budget.")
class ProjectStats:
    project_id: strawberry.ID
    task_count: int
    completed_task_count: int
    overdue_task_count: int
    progress_percent: Decimal = strawberry.field(
        description="Mean of the tasks' status progress percentages (0 without tasks)."
    )
    by_status: list[StatusCount]
    tracked_seconds: int
    billable_seconds: int
    budget_hours: Decimal | None
    budget_used_percent: Decimal | None
    billable_amount: Decimal | None = strawberry.field(
        description="Billable hours times member or project rates; null unless you may view rates."
    )

    @classmethod
    def from_model(cls, value: stats.ProjectStats) -> ProjectStats:
        by_status = [from_row(StatusCount, count) for count in value.by_status]
        return from_row(cls, value, by_status=by_status)
