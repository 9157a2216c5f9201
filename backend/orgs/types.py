"""GraphQL types of organizations, and the role and permission enums."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from backend.core.permissions import Permission as PermissionFlag
from backend.core.permissions import Role as RoleName
from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.orgs import models
from backend.orgs.models import RoundingMode as RoundingModeValue
from backend.orgs.models import Weekday as WeekdayValue
from backend.users import models as users_models
from backend.users.loaders import users_by_id
from backend.users.types import User

# Registered in place: annotations use the service-layer enums themselves.
strawberry.enum(RoleName, name="Role", description="A member's role in the organization.")
strawberry.enum(PermissionFlag, name="Permission", description="What a role allows.")
Role = RoleName
Permission = PermissionFlag
strawberry.enum(
    WeekdayValue,
    name="DayOfWeek",
    description="A day of the week, as a week start: MONDAY to SUNDAY.",
)
strawberry.enum(
    RoundingModeValue,
    name="RoundingMode",
    description="How each time entry's duration is rounded in reports and invoice lines "
    "(stored times never change): NONE, UP, DOWN or NEAREST (half a step rounds up).",
)
Weekday = WeekdayValue
RoundingMode = RoundingModeValue


@strawberry.type(description="An organization (workspace).")
class Organization:
    id: strawberry.ID
    name: str
    slug: str
    currency: str = strawberry.field(
        description="Default currency (ISO 4217) of new clients and invoices."
    )
    timezone: str = strawberry.field(
        description="IANA time zone that reports bucket days and weeks in."
    )
    week_start: Weekday
    weekly_capacity_hours: Decimal = strawberry.field(
        description="Working hours per week of a member without their own capacity."
    )
    rounding_mode: RoundingMode
    rounding_minutes: int = strawberry.field(description="The rounding step in minutes.")
    invoice_prefix: str = strawberry.field(
        description="Prefix of invoice numbers given from now on (e.g. INV-2026-0001)."
    )
    payment_terms_days: int = strawberry.field(
        description="Days from issue to due date of new invoices."
    )
    created_at: datetime
    updated_at: datetime
    rate: strawberry.Private[Decimal | None]

    @strawberry.field(
        description="The rate when no Space, client or member sets one; null unless you may "
        "view rates (view_rates) or none is set."
    )
    def default_hourly_rate(self, info: AppInfo) -> Decimal | None:
        return self.rate if info.context.principal.can(PermissionFlag.VIEW_RATES) else None

    @classmethod
    def from_model(cls, row: models.Organization) -> Organization:
        return from_row(cls, row, rate=row.default_hourly_rate)


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
