"""Races: two owners demoting each other at once leave one owner; one invitation accepted twice
at once makes one member (the organization's lock and a conditional update decide, on
PostgreSQL too, where transactions really run side by side)."""

from __future__ import annotations

import asyncio

from backend.core.errors import Conflict
from backend.core.permissions import Role
from backend.members import invitations, service
from backend.members.models import Membership
from backend.users.models import PersonalAccessToken
from tests.conftest import Workspace


async def test_two_owners_demoting_each_other_at_once_leave_one_owner(
    workspace: Workspace,
) -> None:
    second = await workspace.add_member(Role.OWNER)
    outcomes = await asyncio.gather(
        service.change_role(workspace.principal(), user_id=second.user_id, role=Role.MEMBER),
        service.change_role(
            workspace.principal(Role.OWNER, second.user_id),
            user_id=workspace.user_id,
            role=Role.MEMBER,
        ),
        return_exceptions=True,
    )
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 1 and isinstance(refused[0], Conflict), outcomes
    assert refused[0].reason == "LAST_OWNER"
    owners = await Membership.filter(
        organization_id=workspace.organization_id, role=Role.OWNER
    ).count()
    assert owners == 1


async def test_one_invitation_accepted_twice_at_once_makes_one_member(
    workspace: Workspace,
) -> None:
    email = f"race-{workspace.organization_id[:8]}@example.test"
    _, secret = await invitations.create_invitation(
        workspace.principal(), email=email, role=Role.MEMBER
    )
    outcomes = await asyncio.gather(
        invitations.accept_invitation(secret=secret, name="One"),
        invitations.accept_invitation(secret=secret, name="Two"),
        return_exceptions=True,
    )
    accepted = [o for o in outcomes if isinstance(o, invitations.Accepted)]
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(accepted) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], Conflict) and refused[0].reason == "INVITATION_USED"
    user_id = accepted[0].membership.user_id
    assert (
        await Membership.filter(organization_id=workspace.organization_id, user_id=user_id).count()
        == 1
    )
    assert await PersonalAccessToken.filter(user_id=user_id).count() == 1
