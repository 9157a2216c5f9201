"""Invitations: invite (secret stored only as a hash, 7 days, only an owner invites an owner),
list, revoke; accepting needs no token, works once, and refuses reused, expired and revoked
invitations with their reason."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.core.errors import Conflict, Forbidden, NotFound
from backend.core.permissions import Role
from backend.members import invitations, service
from backend.members.events import InvitationEvent
from backend.members.models import Invitation
from backend.users.authentication import authenticate
from backend.users.models import User
from subscriptions import EventMessage
from tests.backend.support import WHOAMI
from tests.conftest import Workspace
from tests.support import GraphQLClient

ACCEPT = """
mutation($secret: String!, $name: String!) {
  membersInvitationsAccept(secret: $secret, name: $name) {
    result { organizationId userId role token { plaintext token { expiresAt readOnly } } }
    errors { code field message reason }
  }
}"""
INVITE = """
mutation($email: String!, $role: Role!) {
  membersInvite(email: $email, role: $role) {
    result { id email role status expiresAt } errors { code field message reason }
  }
}"""


def _email(name: str = "ada") -> str:
    """A fresh address: the database (and its users) outlives each test."""
    return f"{name}-{uuid.uuid4().hex[:8]}@example.test"


async def _invite(
    workspace: Workspace, email: str | None = None, role: Role = Role.MEMBER
) -> tuple[Invitation, str]:
    return await invitations.create_invitation(
        workspace.principal(), email=email or _email(), role=role
    )


async def test_the_secret_is_stored_only_as_its_hash_and_expires_in_7_days(
    workspace: Workspace,
) -> None:
    before = datetime.now(UTC)
    address = _email()
    invitation, secret = await _invite(workspace, email=f" {address.upper()} ")
    row = await Invitation.get(id=invitation.id).values()
    assert secret.startswith("trcr_inv_") and len(secret) > 40
    assert secret not in {str(value) for value in row.values()}
    assert row["secret_hash"] == invitations.hash_secret(secret)
    assert row["email"] == address
    assert before + timedelta(days=7) <= row["expires_at"] <= datetime.now(UTC) + timedelta(days=7)


async def test_only_an_owner_invites_an_owner(workspace: Workspace) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    with pytest.raises(Forbidden) as refused:
        await invitations.invite_member(
            workspace.principal(Role.ADMIN, admin.user_id), email=_email("boss"), role=Role.OWNER
        )
    assert refused.value.reason == "OWNER_ONLY"
    invited = await invitations.invite_member(
        workspace.principal(), email=_email("boss"), role=Role.OWNER
    )
    assert invited.role == Role.OWNER


async def test_inviting_needs_manage_members(workspace: Workspace) -> None:
    manager = await workspace.add_member(Role.MANAGER)
    with pytest.raises(Forbidden):
        await invitations.invite_member(
            workspace.principal(Role.MANAGER, manager.user_id),
            email=_email(),
            role=Role.MEMBER,
        )
    assert not await Invitation.filter(organization_id=workspace.organization_id).exists()


async def test_a_member_or_a_pending_invitee_is_not_invited_again(workspace: Workspace) -> None:
    member = await workspace.add_member(Role.MEMBER)
    address = _email()
    await _invite(workspace, email=address)
    with pytest.raises(Conflict) as member_refused:
        await _invite(workspace, email=member.email)
    with pytest.raises(Conflict) as pending_refused:
        await _invite(workspace, email=address.upper())
    assert member_refused.value.reason == "ALREADY_MEMBER"
    assert pending_refused.value.reason == "ALREADY_INVITED"


async def test_the_list_shows_pending_invitations_and_closed_ones_on_request(
    workspace: Workspace,
) -> None:
    pending, _ = await _invite(workspace)
    revoked, _ = await _invite(workspace)
    await invitations.revoke_invitation(workspace.principal(), invitation_id=str(revoked.id))
    expired, _ = await _invite(workspace)
    await Invitation.filter(id=expired.id).update(expires_at=datetime.now(UTC) - timedelta(hours=1))

    shown = await invitations.list_invitations(workspace.principal())
    everything = await invitations.list_invitations(workspace.principal(), include_closed=True)

    assert [i.id for i in shown.items] == [pending.id]
    statuses = {i.id: invitations.status_of(i) for i in everything.items}
    assert statuses == {
        pending.id: invitations.InvitationStatus.PENDING,
        revoked.id: invitations.InvitationStatus.REVOKED,
        expired.id: invitations.InvitationStatus.EXPIRED,
    }
    member = await workspace.add_member(Role.MEMBER)
    with pytest.raises(Forbidden):
        await invitations.list_invitations(workspace.principal(Role.MEMBER, member.user_id))


async def test_accepting_creates_the_user_and_hands_out_a_working_token(
    workspace: Workspace,
) -> None:
    address = _email("grace")
    _, secret = await _invite(workspace, email=address, role=Role.MANAGER)

    accepted = await invitations.accept_invitation(secret=secret, name="  Grace Hopper ")

    user = await User.get(email=address)
    assert user.name == "Grace Hopper"
    principal = await authenticate(accepted.plaintext)
    assert (principal.user_id, principal.organization_id, principal.role) == (
        str(user.id),
        workspace.organization_id,
        Role.MANAGER,
    )
    assert accepted.token.expires_at is not None  # API-made tokens expire
    assert invitations.status_of(accepted.invitation) == invitations.InvitationStatus.ACCEPTED
    assert accepted.invitation.accepted_by_id == user.id


async def test_accepting_joins_an_existing_user_by_email_and_keeps_their_name(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    _, secret = await _invite(workspace, email=other_workspace.email, role=Role.GUEST)

    accepted = await invitations.accept_invitation(secret=secret, name="Somebody Else")

    assert str(accepted.membership.user_id) == other_workspace.user_id
    assert (await User.get(id=other_workspace.user_id)).name == "Owner"
    assert (
        await service.role_of(
            organization_id=workspace.organization_id, user_id=other_workspace.user_id
        )
        == Role.GUEST
    )


async def test_an_invitation_works_once(workspace: Workspace) -> None:
    _, secret = await _invite(workspace)
    await invitations.accept_invitation(secret=secret, name="Ada")
    with pytest.raises(Conflict) as refused:
        await invitations.accept_invitation(secret=secret, name="Ada again")
    assert refused.value.reason == "INVITATION_USED"
    assert "already accepted" in refused.value.message


async def test_an_expired_invitation_is_refused(workspace: Workspace) -> None:
    address = _email()
    invitation, secret = await _invite(workspace, email=address)
    await Invitation.filter(id=invitation.id).update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    with pytest.raises(Conflict) as refused:
        await invitations.accept_invitation(secret=secret, name="Ada")
    assert refused.value.reason == "INVITATION_EXPIRED"
    assert "expired" in refused.value.message
    assert not await User.exists(email=address)


async def test_a_revoked_invitation_is_refused(workspace: Workspace) -> None:
    invitation, secret = await _invite(workspace)
    await invitations.revoke_invitation(workspace.principal(), invitation_id=str(invitation.id))
    with pytest.raises(Conflict) as refused:
        await invitations.accept_invitation(secret=secret, name="Ada")
    assert refused.value.reason == "INVITATION_REVOKED"
    assert "revoked" in refused.value.message


async def test_an_unknown_secret_is_not_found(workspace: Workspace) -> None:
    await _invite(workspace)
    with pytest.raises(NotFound) as refused:
        await invitations.accept_invitation(secret="trcr_inv_made-up", name="Ada")
    assert refused.value.reason == "INVITATION_UNKNOWN"


async def test_an_accepted_invitation_cannot_be_revoked(workspace: Workspace) -> None:
    invitation, secret = await _invite(workspace)
    await invitations.accept_invitation(secret=secret, name="Ada")
    with pytest.raises(Conflict) as refused:
        await invitations.revoke_invitation(workspace.principal(), invitation_id=str(invitation.id))
    assert refused.value.reason == "INVITATION_USED"


async def test_an_admin_cannot_revoke_an_owner_invitation(workspace: Workspace) -> None:
    invitation, _ = await _invite(workspace, email=_email("boss"), role=Role.OWNER)
    admin = await workspace.add_member(Role.ADMIN)
    with pytest.raises(Forbidden):
        await invitations.revoke_invitation(
            workspace.principal(Role.ADMIN, admin.user_id), invitation_id=str(invitation.id)
        )
    assert (await Invitation.get(id=invitation.id)).revoked_at is None


async def test_invitation_events_are_recorded(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    first, secret = await _invite(workspace)
    second, _ = await _invite(workspace)
    await invitations.revoke_invitation(workspace.principal(), invitation_id=str(second.id))
    accepted = await invitations.accept_invitation(secret=secret, name="Ada")

    # (the inviter's notification of the acceptance has its own test)
    domain = [m for m in published if not m.type.startswith("notification.")]
    assert [(m.type, m.entity_id) for m in domain] == [
        ("invitation.created", str(first.id)),
        ("invitation.created", str(second.id)),
        ("invitation.revoked", str(second.id)),
        ("invitation.accepted", str(first.id)),
        ("member.joined", str(accepted.membership.user_id)),
    ]
    assert domain[3].actor_id == str(accepted.membership.user_id)


class _Viewer:
    def __init__(self, workspace: Workspace, role: Role) -> None:
        self.principal = workspace.principal(role)

    async def can_access_space(self, project_id: str) -> bool:
        return True


@pytest.mark.parametrize(
    ("role", "sees"),
    [(Role.OWNER, True), (Role.ADMIN, True), (Role.MANAGER, False), (Role.MEMBER, False)],
)
async def test_invitation_events_are_seen_by_those_who_manage_members(
    workspace: Workspace, role: Role, sees: bool
) -> None:
    message = EventMessage(
        type="invitation.created",
        organization_id=workspace.organization_id,
        entity_type="invitation",
        entity_id="x",
        project_id=None,
        actor_id=workspace.user_id,
        occurred_at=datetime.now(UTC),
    )
    assert await InvitationEvent.visibility(_Viewer(workspace, role), message) is sees


async def test_accepting_over_http_needs_no_token_and_nothing_else_does(
    api: GraphQLClient, workspace: Workspace
) -> None:
    created = await api.data(workspace.token, INVITE, {"email": _email("http"), "role": "MEMBER"})
    assert created["membersInvite"]["errors"] == []
    assert created["membersInvite"]["result"]["status"] == "PENDING"
    invitation = await Invitation.get(id=created["membersInvite"]["result"]["id"])
    address = _email("http")
    _, secret = await invitations.create_invitation(
        workspace.principal(), email=address, role=Role.MEMBER
    )
    assert invitation.secret_hash != invitations.hash_secret(secret)

    accepted = await api.post(None, ACCEPT, {"secret": secret, "name": "Ada"})
    again = await api.post(None, ACCEPT, {"secret": secret, "name": "Ada"})
    mixed = await api.post(
        None,
        'mutation($s: String!) { membersInvitationsAccept(secret: $s, name: "A") { errors { code } } '
        'projectsCreate(name: "Sneaky") { errors { code } } }',
        {"s": secret},
    )
    query = await api.post(None, WHOAMI)

    assert accepted.status_code == 200, accepted.text
    payload: dict[str, Any] = accepted.json()["data"]["membersInvitationsAccept"]
    assert payload["errors"] == [] and payload["result"]["role"] == "MEMBER"
    token = payload["result"]["token"]["plaintext"]
    me = (await api.data(token, WHOAMI))["whoami"]
    assert me["user"]["email"] == address
    assert me["organization"]["id"] == workspace.organization_id
    reused = again.json()["data"]["membersInvitationsAccept"]["errors"]
    assert [e["reason"] for e in reused] == ["INVITATION_USED"]
    assert (mixed.status_code, query.status_code) == (401, 401)


async def test_the_inviter_is_notified_when_the_invitation_is_accepted(
    workspace: Workspace,
) -> None:
    from backend.notifications.kinds import NotificationKind
    from backend.notifications.models import Notification

    invitation, secret = await _invite(workspace, email=_email("notified"), role=Role.MEMBER)

    await invitations.accept_invitation(secret=secret, name="Notified Person")

    notes = await Notification.filter(
        recipient_id=workspace.user_id, kind=NotificationKind.INVITATION_ACCEPTED
    )
    assert [(n.entity_type, str(n.entity_id)) for n in notes] == [
        ("invitation", str(invitation.id))
    ]
    assert "Notified Person" in notes[0].text
