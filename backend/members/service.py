"""Members of an organization: who belongs, with which role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.core.arguments import DEFAULT_LIMIT, Cursor, Doc, Limit
from backend.core.errors import Conflict, Forbidden, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission, Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.members.events import MemberEvent
from backend.members.models import Membership
from backend.orgs.locks import lock_organization
from backend.projects.models import ProjectMember
from backend.users import service as users_service
from backend.users.arguments import UserId


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


def visible_memberships(principal: Principal) -> QuerySet[Membership]:
    """The memberships of the principal's organization that the principal may see.

    Who sees whom (ARCHITECTURE, Permissions): a principal with `access_open_projects` works
    across the organization and sees every member. One without it (a guest) reads only the
    Spaces they were added to, so they see only the people they work with: the members of those
    Spaces, and themselves. Everyone else is "not found" to them, like a random id. Emails
    follow the same line in `backend.users.types.User.email`: a guest sees names, never other
    people's email addresses.
    """
    query = Membership.filter(organization_id=principal.organization_id)
    if principal.can(Permission.ACCESS_OPEN_PROJECTS):
        return query
    spaces = ProjectMember.filter(
        user_id=principal.user_id, project__organization_id=principal.organization_id
    ).values("project_id")
    colleagues = ProjectMember.filter(project_id__in=Subquery(spaces)).values("user_id")
    return query.filter(Q(user_id__in=Subquery(colleagues)) | Q(user_id=principal.user_id))


async def is_visible_member(principal: Principal, *, user_id: object) -> bool:
    return await visible_memberships(principal).filter(user_id=user_id).exists()


async def list_members(
    principal: Principal, *, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
) -> Page[Membership]:
    return await paginate(
        visible_memberships(principal), limit=limit, cursor=cursor, order_by="created_at"
    )


async def get_member(principal: Principal, *, user_id: UserId) -> Membership:
    parsed = parse_id(user_id, entity="member", field="user_id")
    membership = await visible_memberships(principal).filter(user_id=parsed).first()
    if membership is None:
        raise NotFound.entity("member", user_id, field="user_id")
    return membership


async def is_member(*, organization_id: object, user_id: object) -> bool:
    return await Membership.exists(organization_id=organization_id, user_id=user_id)


async def role_of(*, organization_id: object, user_id: object) -> Role | None:
    """The user's current role in the organization, or None if they are not a member."""
    membership = await Membership.get_or_none(organization_id=organization_id, user_id=user_id)
    return None if membership is None else Role(membership.role)


def require_may_grant(principal: Principal, role: Role, *, action: str) -> None:
    """Only an owner gives the owner role (by role change or invitation)."""
    if role == Role.OWNER and principal.role != Role.OWNER:
        raise Forbidden(
            f"Only an owner can {action} an owner; your role is {principal.role.value}. Ask an "
            "owner, or choose another role.",
            reason="OWNER_ONLY",
        )


async def _changeable_member(principal: Principal, *, user_id: str, action: str) -> Membership:
    """A membership the principal may change: only an owner changes an owner, and the
    organization always keeps one owner. Call it inside a unit of work: the organization's
    lock makes the owner count exact when two owners demote each other at once."""
    principal.require(Permission.MANAGE_MEMBERS, f"{action} members")
    await lock_organization(principal.organization_id)
    membership = await get_member(principal, user_id=user_id)
    if membership.role == Role.OWNER:
        require_may_grant(principal, Role.OWNER, action=f"{action}")
    return membership


async def _keep_an_owner(principal: Principal, membership: Membership, *, action: str) -> None:
    if membership.role != Role.OWNER:
        return
    owners = await Membership.filter(
        organization_id=principal.organization_id, role=Role.OWNER
    ).count()
    if owners == 1:
        raise Conflict(
            f"This is the organization's last owner, who cannot be {action}: make another "
            "member an owner first with members_update_role.",
            reason="LAST_OWNER",
        )


async def change_role(
    principal: Principal,
    *,
    user_id: UserId,
    role: Annotated[Role, Doc("The member's new role.")],
) -> Membership:
    """Give a member another role; their open subscriptions and tokens act with it from the next
    event or request. Nobody changes their own role; only an owner makes or unmakes an owner;
    the last owner stays an owner."""
    async with unit_of_work(principal) as uow:
        membership = await _changeable_member(principal, user_id=user_id, action="change")
        if str(membership.user_id) == principal.user_id:
            raise Forbidden(
                "You cannot change your own role. Ask another admin or owner to do it.",
                reason="OWN_ROLE",
            )
        require_may_grant(principal, role, action="make")
        if membership.role != role:
            await _keep_an_owner(principal, membership, action="demoted")
            membership.role = role
            await membership.save(update_fields=["role", "updated_at"])
            uow.record(MemberEvent.ROLE_CHANGED, membership.user_id)
    return membership


async def remove_member(principal: Principal, *, user_id: UserId) -> Membership:
    """Remove a user from the organization. Their tokens for it are revoked at once (HTTP and MCP
    refuse them, open WebSockets close), their running timer is stopped, and their history
    (time entries, comments, assignments) stays, attributed to them."""
    # Imported here: the time domain builds on members (through projects), not the reverse.
    from backend.time import service as time_service

    async with unit_of_work(principal) as uow:
        membership = await _changeable_member(principal, user_id=user_id, action="remove")
        await _keep_an_owner(principal, membership, action="removed")
        removed = Principal(
            user_id=str(membership.user_id),
            organization_id=principal.organization_id,
            role=Role(membership.role),
        )
        if await time_service.current_timer(removed) is not None:
            await time_service.stop_timer(removed)
        await users_service.revoke_tokens_of(principal, user_id=membership.user_id)
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
