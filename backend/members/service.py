"""Members of an organization: who belongs, with which role."""

from __future__ import annotations

from typing import Annotated

from tortoise.transactions import in_transaction

from backend.core.arguments import DEFAULT_LIMIT, Cursor, Doc, Id, Limit
from backend.core.errors import NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.members.models import Membership
from backend.users import service as users_service


async def add_member(
    *, organization_id: object, email: str, role: Role, name: str | None = None
) -> Membership:
    """Make a user (created if new) a member of an organization; used by the CLI and tests."""
    async with in_transaction():
        user = await users_service.get_or_create_user(email=email, name=name)
        membership, _ = await Membership.get_or_create(
            organization_id=organization_id, user_id=user.id, defaults={"role": role}
        )
    return membership


async def list_members(
    principal: Principal, *, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
) -> Page[Membership]:
    query = Membership.filter(organization_id=principal.organization_id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def get_member(
    principal: Principal, *, user_id: Annotated[Id, Doc("The member's user id.")]
) -> Membership:
    parsed = parse_id(user_id, entity="member", field="user_id")
    membership = await Membership.get_or_none(
        organization_id=principal.organization_id, user_id=parsed
    )
    if membership is None:
        raise NotFound.entity("member", user_id, field="user_id")
    return membership


async def is_member(*, organization_id: object, user_id: object) -> bool:
    return await Membership.exists(organization_id=organization_id, user_id=user_id)


async def role_of(*, organization_id: object, user_id: object) -> Role | None:
    """The user's current role in the organization, or None if they are not a member."""
    membership = await Membership.get_or_none(organization_id=organization_id, user_id=user_id)
    return None if membership is None else Role(membership.role)
