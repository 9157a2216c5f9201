"""Invitations: an admin invites an email address with a role; the invitee accepts with the
secret from the mail, without a token, and becomes a member with a first token.

The secret is single-use and stored only as its SHA-256 hash; an invitation expires after
INVITATION_DAYS. Only an owner invites an owner (as only an owner makes one).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Annotated

from tortoise.queryset import QuerySet

from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, NotFound
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission, Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.mail import service as mail_service
from backend.members.events import InvitationEvent, MemberEvent
from backend.members.models import Invitation, Membership
from backend.members.service import require_may_grant
from backend.settings import Settings
from backend.users import service as users_service
from backend.users.models import PersonalAccessToken

INVITATION_DAYS = 7
SECRET_PREFIX = "trcr_inv_"
MAX_SECRET = 200
MAX_EMAIL = 320
MAX_NAME = 200
# The token an accepted invitation hands out expires like every token made through the API.
ACCEPTED_TOKEN_NAME = "Invitation"

SECRET_BOUNDS = Bounds(max_length=MAX_SECRET)
NAME_BOUNDS = Bounds(max_length=MAX_NAME)

InvitationId = Annotated[Id, Doc("The invitation's id (from members_invitations_list).")]


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REVOKED = "revoked"
    EXPIRED = "expired"


def status_of(invitation: Invitation, now: datetime | None = None) -> InvitationStatus:
    if invitation.accepted_at is not None:
        return InvitationStatus.ACCEPTED
    if invitation.revoked_at is not None:
        return InvitationStatus.REVOKED
    if invitation.expires_at <= (now or datetime.now(UTC)):
        return InvitationStatus.EXPIRED
    return InvitationStatus.PENDING


async def inviter_of(organization_id: str, invitation_id: str) -> str | None:
    """Who sent this invitation of the organization (None when unknown or gone)."""
    row = await Invitation.filter(id=invitation_id, organization_id=organization_id).first()
    return None if row is None or row.invited_by_id is None else str(row.invited_by_id)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _pending(query: QuerySet[Invitation], now: datetime) -> QuerySet[Invitation]:
    return query.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now)


def _organization_invitations(principal: Principal, action: str) -> QuerySet[Invitation]:
    principal.require(Permission.MANAGE_MEMBERS, action)
    return Invitation.filter(organization_id=principal.organization_id)


async def create_invitation(
    principal: Principal, *, email: str, role: Role
) -> tuple[Invitation, str]:
    """The invitation and its secret (to send by mail; never stored, never shown to the inviter)."""
    query = _organization_invitations(principal, "invite members")
    require_may_grant(principal, role, action="invite")
    email = users_service.normalize_email(email)
    now = datetime.now(UTC)
    user = await users_service.find_user_by_email(email)
    if user is not None and await Membership.exists(
        organization_id=principal.organization_id, user_id=user.id
    ):
        raise Conflict(
            f"{email} is already a member of this organization. Change their role with "
            "members_update_role instead.",
            field="email",
            reason="ALREADY_MEMBER",
        )
    if await _pending(query.filter(email=email), now).exists():
        raise Conflict(
            f"{email} already has a pending invitation. Revoke it with "
            "members_invitations_revoke first to send a new one.",
            field="email",
            reason="ALREADY_INVITED",
        )
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    async with unit_of_work(principal) as uow:
        invitation = await Invitation.create(
            organization_id=principal.organization_id,
            email=email,
            role=role,
            secret_hash=hash_secret(secret),
            invited_by_id=principal.user_id,
            expires_at=now + timedelta(days=INVITATION_DAYS),
        )
        uow.record(InvitationEvent.CREATED, invitation.id)
    return invitation, secret


async def invite_member(
    principal: Principal,
    *,
    email: Annotated[
        str,
        Doc("The invitee's email address; the invitation is mailed there."),
        Bounds(max_length=MAX_EMAIL),
    ],
    role: Annotated[Role, Doc("The role the invitee gets on accepting.")],
) -> Invitation:
    """Invite someone by email: the mail carries a single-use secret, valid for 7 days."""
    async with unit_of_work(principal):
        invitation, secret = await create_invitation(principal, email=email, role=role)
        await _queue_invitation_mail(principal, invitation, secret)
    return invitation


_server_address: str | None = None


def configure_server_address(url: str | None) -> None:
    """The address invitation mails tell invitees to accept at; set by the app at start
    (TRCR_PUBLIC_URL, else the host and port it serves on)."""
    global _server_address
    _server_address = None if url is None else url.rstrip("/")


def server_address() -> str:
    if _server_address is not None:
        return _server_address
    settings = Settings.from_env()  # the CLI and tests: no app configured the address
    return (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")


async def _queue_invitation_mail(principal: Principal, invitation: Invitation, secret: str) -> None:
    """The invitation mail, sent after the invitation commits (never if it rolls back)."""
    # Imported here: the orgs domain builds on members (workspaces), not the reverse.
    from backend.orgs import service as orgs_service

    organization = await orgs_service.get_organization(principal)
    inviter = await users_service.get_by_id(principal.user_id)
    server = server_address()
    expires = invitation.expires_at.strftime("%Y-%m-%d %H:%M UTC")
    text = (
        f"{inviter.name} invited you to join {organization.name} on TRCR as "
        f"{Role(invitation.role).value}.\n\n"
        f"Your invitation secret (it works once, until {expires}):\n\n"
        f"    {secret}\n\n"
        "Accept it with the trcr command:\n\n"
        f'    trcr invitations accept --server {server} --secret {secret} --name "Your Name"\n\n'
        f"or with the GraphQL mutation membersInvitationsAccept at {server}/graphql (no token "
        "needed). Either gives you a Personal Access Token for this organization, shown once.\n\n"
        "If you did not expect this invitation, ignore this mail.\n"
    )
    await mail_service.queue_mail(
        organization_id=principal.organization_id,
        to=[invitation.email],
        subject=f"You are invited to {organization.name} on TRCR",
        text=text,
        about=("invitation", invitation.id),
    )


async def list_invitations(
    principal: Principal,
    *,
    include_closed: Annotated[
        bool, Doc("Also list accepted, revoked and expired invitations.")
    ] = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Invitation]:
    query = _organization_invitations(principal, "see invitations")
    if not include_closed:
        query = _pending(query, datetime.now(UTC))
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def revoke_invitation(principal: Principal, *, invitation_id: InvitationId) -> Invitation:
    """Revoke a pending invitation: its secret stops working. Revoking twice changes nothing."""
    async with unit_of_work(principal) as uow:
        query = _organization_invitations(principal, "revoke invitations")
        invitation = await get_in(
            query.select_for_update(), invitation_id, entity="invitation", field="invitation_id"
        )
        if invitation.accepted_at is not None:
            raise Conflict(
                f"The invitation for {invitation.email} was already accepted. Remove the member "
                "with members_remove instead.",
                field="invitation_id",
                reason="INVITATION_USED",
            )
        if invitation.revoked_at is None:
            require_may_grant(principal, Role(invitation.role), action="revoke the invitation of")
            invitation.revoked_at = datetime.now(UTC)
            await invitation.save(update_fields=["revoked_at", "updated_at"])
            uow.record(InvitationEvent.REVOKED, invitation.id)
    return invitation


@dataclass(frozen=True)
class Accepted:
    invitation: Invitation
    membership: Membership
    token: PersonalAccessToken
    plaintext: str


def _refusal(invitation: Invitation | None, now: datetime) -> Exception | None:
    ask = "Ask an admin of the organization for a new invitation."
    if invitation is None:
        return NotFound(
            f"This invitation secret is unknown: check that you copied it whole. {ask}",
            field="secret",
            reason="INVITATION_UNKNOWN",
        )
    status = status_of(invitation, now)
    if status == InvitationStatus.ACCEPTED:
        return Conflict(
            "This invitation was already accepted; it works once. If that was you, use the "
            f"token you got then. {ask}",
            field="secret",
            reason="INVITATION_USED",
        )
    if status == InvitationStatus.REVOKED:
        return Conflict(
            f"This invitation was revoked by an admin. {ask}",
            field="secret",
            reason="INVITATION_REVOKED",
        )
    if status == InvitationStatus.EXPIRED:
        return Conflict(
            f"This invitation expired at {invitation.expires_at.isoformat()}. {ask}",
            field="secret",
            reason="INVITATION_EXPIRED",
        )
    return None


async def accept_invitation(
    *,
    secret: Annotated[
        str, Doc("The secret from the invitation mail."), Bounds(max_length=MAX_SECRET)
    ],
    name: Annotated[
        str,
        Doc("Your name, as colleagues will see it (kept if you already have an account)."),
        Bounds(max_length=MAX_NAME),
    ],
) -> Accepted:
    """Join the organization of an invitation, as a new user or the existing one with its email;
    returns a Personal Access Token, shown once. Needs no token: the secret is the credential."""
    name = clean_text(name, max_length=MAX_NAME, field="name", subject="Your name")
    now = datetime.now(UTC)
    digest = hash_secret(secret.strip())
    found = await Invitation.get_or_none(secret_hash=digest)
    refusal = _refusal(found, now)
    if refusal is not None:
        raise refusal
    assert found is not None
    existing = await users_service.find_user_by_email(found.email)
    user_id = existing.id if existing is not None else uuid.uuid4()
    invitee = Principal(
        user_id=str(user_id), organization_id=str(found.organization_id), role=Role(found.role)
    )
    async with unit_of_work(invitee) as uow:
        # Single use, also when two accepts race: only one conditional update finds it open.
        claimed = await Invitation.filter(
            id=found.id, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
        ).update(accepted_at=now)
        if claimed != 1:
            refusal = _refusal(await Invitation.get(id=found.id), now)
            raise refusal or Conflict("The invitation changed meanwhile; try again.")
        user = await users_service.get_or_create_user(email=found.email, name=name, user_id=user_id)
        if await Membership.exists(organization_id=found.organization_id, user_id=user.id):
            raise Conflict(
                "You are already a member of this organization; use one of your tokens, or ask "
                "an admin for one.",
                field="secret",
                reason="ALREADY_MEMBER",
            )
        await Invitation.filter(id=found.id).update(accepted_by_id=user.id)
        membership = await Membership.create(
            organization_id=found.organization_id, user_id=user.id, role=found.role
        )
        token, plaintext = await users_service.issue_token(
            user_id=user.id,
            organization_id=found.organization_id,
            name=ACCEPTED_TOKEN_NAME,
            expires_in_days=users_service.DEFAULT_TOKEN_DAYS,
        )
        uow.record(InvitationEvent.ACCEPTED, found.id)
        uow.record(MemberEvent.JOINED, user.id)
    invitation = await Invitation.get(id=found.id)
    return Accepted(invitation=invitation, membership=membership, token=token, plaintext=plaintext)
