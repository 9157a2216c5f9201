"""Members of an organization: who belongs, with which role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from tortoise.transactions import in_transaction

from backend.core.arguments import DEFAULT_LIMIT, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Forbidden, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission, Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.members.events import MemberEvent
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


async def _changeable_member(principal: Principal, *, user_id: str) -> Membership:
    """A membership the principal may change: only an owner changes an owner, and the
    organization always keeps one owner."""
    principal.require(Permission.MANAGE_MEMBERS, "change members")
    membership = await get_member(principal, user_id=user_id)
    if membership.role == Role.OWNER:
        if principal.role != Role.OWNER:
            raise Forbidden("Only an owner can change or remove an owner.")
        owners = await Membership.filter(
            organization_id=principal.organization_id, role=Role.OWNER
        ).count()
        if owners == 1:
            raise Conflict("The organization must keep an owner: make another owner first.")
    return membership


async def change_role(principal: Principal, *, user_id: str, role: Role) -> Membership:
    """Give a member another role; their open subscriptions see with it from the next event."""
    async with unit_of_work(principal) as uow:
        membership = await _changeable_member(principal, user_id=user_id)
        if membership.role != role:
            membership.role = role
            await membership.save(update_fields=["role", "updated_at"])
            uow.record(MemberEvent.ROLE_CHANGED, membership.user_id)
    return membership


async def remove_member(principal: Principal, *, user_id: str) -> Membership:
    """Remove a user from the organization; their tokens stop working at once."""
    async with unit_of_work(principal) as uow:
        membership = await _changeable_member(principal, user_id=user_id)
        await membership.delete()
        uow.record(MemberEvent.REMOVED, membership.user_id)
    return membership


async def roles_in(
    *, organization_id: object, user_ids: Sequence[object] | None = None
) -> dict[str, Role]:
    """Current members' roles by user id (all members, or only these users); one query."""
    query = Membership.filter(organization_id=organization_id)
    if user_ids is not None:
        query = query.filter(user_id__in=list(user_ids))
    rows = await query.values_list("user_id", "role")
    return {str(user_id): Role(role) for user_id, role in rows}
