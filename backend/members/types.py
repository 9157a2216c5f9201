"""GraphQL type of memberships."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from backend.core.permissions import Permission
from backend.core.resolvers import AppInfo
from backend.core.rows import from_row
from backend.members import invitations, models
from backend.orgs.types import Role
from backend.users.loaders import users_by_id
from backend.users.types import CreatedAccessToken, User


@strawberry.type(description="A user's membership of the organization.")
class Member:
    user_id: strawberry.ID
    role: Role
    joined_at: datetime
    weekly_capacity_hours: Decimal | None = strawberry.field(
        description="The member's working hours per week; null means the organization's."
    )
    rate: strawberry.Private[Decimal | None]
    cost: strawberry.Private[Decimal | None]

    @strawberry.field(
        description="What the member's time bills when no Space or client sets a rate; null "
        "unless you may view rates (view_rates) or none is set."
    )
    def hourly_rate(self, info: AppInfo) -> Decimal | None:
        return self.rate if info.context.principal.can(Permission.VIEW_RATES) else None

    @strawberry.field(
        description="What an hour of the member costs; null unless you may view rates "
        "(view_rates) or none is set."
    )
    def cost_rate(self, info: AppInfo) -> Decimal | None:
        return self.cost if info.context.principal.can(Permission.VIEW_RATES) else None

    @strawberry.field
    async def user(self, info: AppInfo) -> User:
        row = await info.context.loaders.get(users_by_id).load(str(self.user_id))
        assert row is not None
        return User.from_model(row)

    @classmethod
    def from_model(cls, row: models.Membership) -> Member:
        return from_row(
            cls, row, joined_at=row.created_at, rate=row.hourly_rate, cost=row.cost_rate
        )


strawberry.enum(
    invitations.InvitationStatus,
    name="InvitationStatus",
    description="Where an invitation stands: pending until accepted, revoked or expired.",
)


@strawberry.type(description="An invitation to join the organization (never its secret).")
class Invitation:
    id: strawberry.ID
    email: str
    role: Role
    status: invitations.InvitationStatus
    invited_by_id: strawberry.ID | None
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_model(cls, row: models.Invitation) -> Invitation:
        return from_row(cls, row, status=invitations.status_of(row))


@strawberry.type(
    description="An accepted invitation: your membership and a first token, shown this once."
)
class AcceptedInvitation:
    organization_id: strawberry.ID
    user_id: strawberry.ID
    role: Role
    token: CreatedAccessToken

    @classmethod
    def from_model(cls, accepted: invitations.Accepted) -> AcceptedInvitation:
        return cls(
            organization_id=strawberry.ID(str(accepted.membership.organization_id)),
            user_id=strawberry.ID(str(accepted.membership.user_id)),
            role=Role(accepted.membership.role),
            token=CreatedAccessToken.from_model((accepted.token, accepted.plaintext)),
        )
