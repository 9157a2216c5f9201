"""Organizations, and workspaces (an organization with its owner and a first token)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Annotated

from tortoise.transactions import in_transaction

from backend.core.arguments import DEFAULT_LIMIT, Cursor, Doc, Id, Limit
from backend.core.errors import Forbidden, NotFound
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission, Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.members import service as members_service
from backend.orgs.models import Organization
from backend.users import service as users_service
from backend.users.models import PersonalAccessToken


@dataclass(frozen=True)
class Workspace:
    organization_id: str
    user_id: str
    token: str


def _slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:60] or "org"


async def _unique_slug(name: str) -> str:
    base = _slugify(name)
    slug = base
    while await Organization.exists(slug=slug):
        slug = f"{base}-{secrets.token_hex(2)}"
    return slug


async def create_workspace(
    *, org_name: str, email: str, name: str | None = None, token_name: str = "Default token"
) -> Workspace:
    """A new organization with its owner and a first token (used by `trcr init` and first start)."""
    org_name = clean_text(
        org_name, max_length=200, field="org_name", subject="The organization name"
    )
    # Imported here: the task_statuses domain depends on orgs, not the other way round.
    from backend.task_statuses import service as statuses_service

    async with in_transaction():
        organization = await Organization.create(name=org_name, slug=await _unique_slug(org_name))
        owner = await members_service.add_member(
            organization_id=organization.id, email=email, role=Role.OWNER, name=name
        )
        await statuses_service.seed_default_statuses(organization_id=organization.id)
        _, plaintext = await users_service.issue_token(
            user_id=owner.user_id,
            organization_id=organization.id,
            name=token_name,
            expires_in_days=None,
        )
    return Workspace(
        organization_id=str(organization.id), user_id=str(owner.user_id), token=plaintext
    )


async def find_by_name(name: str) -> Organization | None:
    """An organization with this name regardless of case, so `trcr init` can refuse a twin."""
    return await Organization.filter(name__iexact=name.strip()).order_by("created_at").first()


async def organization_slugs(limit: int = 5) -> list[str]:
    organizations = await Organization.all().order_by("created_at").limit(limit)
    return [organization.slug for organization in organizations]


async def find_organization(slug: str) -> Organization:
    organization = await Organization.get_or_none(slug=slug)
    if organization is None:
        raise NotFound(f"No organization with slug '{slug}'. `trcr init` creates one.", field="org")
    return organization


async def get_organization(principal: Principal) -> Organization:
    return await Organization.get(id=principal.organization_id)


async def list_tokens(
    principal: Principal,
    *,
    include_revoked: Annotated[bool, Doc("Also list revoked tokens.")] = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[PersonalAccessToken]:
    """Every member's tokens in this organization, for those who manage members; never a secret."""
    principal.require(Permission.MANAGE_MEMBERS, "see the organization's tokens")
    query = users_service.organization_tokens(principal)
    if not include_revoked:
        query = query.filter(revoked_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def revoke_token(
    principal: Principal,
    *,
    token_id: Annotated[Id, Doc("The token's id (from orgs_tokens_list).")],
) -> PersonalAccessToken:
    """Revoke any member's token in this organization; it stops working at once on every
    transport. Only an owner revokes an owner's token."""
    principal.require(Permission.MANAGE_MEMBERS, "revoke the organization's tokens")
    async with unit_of_work(principal):
        record = await get_in(
            users_service.organization_tokens(principal),
            token_id,
            entity="token",
            field="token_id",
        )
        holder = await members_service.role_of(
            organization_id=principal.organization_id, user_id=record.user_id
        )
        if holder == Role.OWNER and principal.role != Role.OWNER:
            raise Forbidden(
                "Only an owner can revoke an owner's token. Ask an owner to do it.",
                field="token_id",
                reason="OWNER_ONLY",
            )
        await users_service.revoke(principal, record)
    return record
