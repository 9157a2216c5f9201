"""Role changes and removals: who may make them, and the events that end a member's access."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Forbidden
from backend.core.permissions import Role
from backend.members import service
from backend.members.models import Membership
from subscriptions import EventMessage
from tests.conftest import Workspace


async def test_role_change_publishes_member_role_changed_for_the_user(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    manager = await workspace.add_member(Role.MANAGER)
    await service.change_role(workspace.principal(), user_id=manager.user_id, role=Role.MEMBER)
    row = await Membership.get(organization_id=workspace.organization_id, user_id=manager.user_id)
    assert row.role == Role.MEMBER
    assert [(m.type, m.entity_type, m.entity_id) for m in published] == [
        ("member.role_changed", "member", manager.user_id)
    ]
    await service.change_role(workspace.principal(), user_id=manager.user_id, role=Role.MEMBER)
    assert len(published) == 1  # no change, no event


async def test_removal_publishes_member_removed_and_deletes_the_membership(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    await service.remove_member(workspace.principal(), user_id=member.user_id)
    assert not await service.is_member(
        organization_id=workspace.organization_id, user_id=member.user_id
    )
    # Their one token is revoked in the same change, so it never works again, even if re-added.
    assert [m.type for m in published] == ["token.revoked", "member.removed"]
    assert published[-1].entity_id == member.user_id


async def test_changing_members_needs_manage_members_and_an_owner_for_owners(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    manager = await workspace.add_member(Role.MANAGER)
    admin = await workspace.add_member(Role.ADMIN)
    with pytest.raises(Forbidden):
        await service.remove_member(
            workspace.principal(Role.MANAGER, manager.user_id), user_id=admin.user_id
        )
    with pytest.raises(Forbidden):
        await service.change_role(
            workspace.principal(Role.ADMIN, admin.user_id),
            user_id=workspace.user_id,
            role=Role.MEMBER,
        )
    with pytest.raises(Conflict):  # the organization keeps an owner
        await service.remove_member(workspace.principal(), user_id=workspace.user_id)
    assert published == []
