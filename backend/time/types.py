"""GraphQL types of time entries."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import strawberry

from backend.clients.loaders import clients_by_id
from backend.core.money import in_minor_units
from backend.core.permissions import Permission
from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.orgs.loaders import organizations_by_id
from backend.projects.loaders import projects_by_id
from backend.projects.types import Project
from backend.tasks.loaders import tasks_by_id
from backend.tasks.types import Task
from backend.time import models, service
from backend.time.rounding import rounded_seconds
from backend.users.loaders import users_by_id
from backend.users.types import User


@strawberry.type(description="Tracked time; a running timer has no end yet.")
class TimeEntry:
    id: strawberry.ID
    user_id: strawberry.ID
    project_id: strawberry.ID | None
    task_id: strawberry.ID | None
    description: str | None
    billable: bool
    started_at: datetime
    ended_at: datetime | None
    organization_id: strawberry.Private[str]
    rate: strawberry.Private[Decimal | None]
    cost: strawberry.Private[Decimal | None]

    @classmethod
    def from_model(cls, row: models.TimeEntry) -> TimeEntry:
        return from_row(
            cls,
            row,
            organization_id=str(row.organization_id),
            rate=row.hourly_rate,
            cost=row.cost_rate,
        )

    @strawberry.field(
        description="The hourly rate resolved when the entry stopped or was created (Space "
        "member, Space, client, member, organization default: the first set); null unless you "
        "may view rates (view_rates), while the timer runs, or when no rate is set."
    )
    def hourly_rate(self, info: AppInfo) -> Decimal | None:
        return self.rate if info.context.principal.can(Permission.VIEW_RATES) else None

    @strawberry.field(
        description="What an hour of the member cost when the entry was recorded; null unless "
        "you may view rates (view_rates) or none was set."
    )
    def cost_rate(self, info: AppInfo) -> Decimal | None:
        return self.cost if info.context.principal.can(Permission.VIEW_RATES) else None

    @strawberry.field(
        description="Whole seconds after the organization's rounding (per entry; the stored "
        "times never change). Equal to duration_seconds when rounding is off."
    )
    async def rounded_duration_seconds(self, info: AppInfo) -> int:
        organization = await info.context.loaders.get(organizations_by_id).load(
            self.organization_id
        )
        assert organization is not None
        return rounded_seconds(
            self._seconds(), organization.rounding_mode, organization.rounding_minutes
        )

    @strawberry.field(
        description="The currency of the entry's rate and amount: its Space's client's, else "
        "the organization's."
    )
    async def currency(self, info: AppInfo) -> str:
        return await self._currency(info)

    async def _currency(self, info: AppInfo) -> str:
        if self.project_id is not None:
            project = await info.context.loaders.get(projects_by_id).load(str(self.project_id))
            if project is not None and project.client_id is not None:
                client = await info.context.loaders.get(clients_by_id).load(str(project.client_id))
                if client is not None:
                    return client.currency
        organization = await info.context.loaders.get(organizations_by_id).load(
            self.organization_id
        )
        assert organization is not None
        return organization.currency

    @strawberry.field(
        description="Billable amount: rounded hours x hourly_rate, rounded half-up to the "
        "currency's minor unit. Null unless you may view rates (view_rates), and for "
        "non-billable entries, running timers and entries without a rate."
    )
    async def amount(self, info: AppInfo) -> Decimal | None:
        if (
            not info.context.principal.can(Permission.VIEW_RATES)
            or not self.billable
            or self.ended_at is None
            or self.rate is None
        ):
            return None
        organization = await info.context.loaders.get(organizations_by_id).load(
            self.organization_id
        )
        assert organization is not None
        seconds = rounded_seconds(
            self._seconds(), organization.rounding_mode, organization.rounding_minutes
        )
        value = Decimal(seconds) / Decimal(3600) * self.rate
        return in_minor_units(value, await self._currency(info))

    @strawberry.field(description="True while this is the user's running timer.")
    def running(self) -> bool:
        return self.ended_at is None

    @strawberry.field(
        description="Whole seconds tracked (raw, before rounding), up to now for a running timer."
    )
    def duration_seconds(self) -> int:
        return self._seconds()

    def _seconds(self) -> int:
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


@strawberry.type(description="The outcome of re-rating unbilled time entries.")
class RerateResult:
    examined_count: int = strawberry.field(
        description="Stopped, unbilled entries that matched the filters."
    )
    changed_count: int = strawberry.field(description="Entries whose rates changed.")

    @classmethod
    def from_model(cls, value: service.Rerated) -> RerateResult:
        return cls(examined_count=value.examined_count, changed_count=value.changed_count)
