"""members_update_role: manage_members; nobody changes their own role; only an owner makes or
unmakes an owner; the organization keeps an owner."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Forbidden
from backend.core.permissions import Role
from backend.members import service
from backend.members.models import Membership
from subscriptions import EventMessage
from tests.conftest import Workspace
from tests.support import GraphQLClient

UPDATE_ROLE = """
mutation($userId: ID!, $role: Role!) {
  membersUpdateRole(userId: $userId, role: $role) {
    result { userId role } errors { code field message reason }
  }
}"""


async def _role(workspace: Workspace, user_id: str) -> Role:
    row = await Membership.get(organization_id=workspace.organization_id, user_id=user_id)
    return Role(row.role)


async def test_an_admin_cannot_make_an_owner(workspace: Workspace) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    member = await workspace.add_member(Role.MEMBER)
    with pytest.raises(Forbidden) as refused:
        await service.change_role(
            workspace.principal(Role.ADMIN, admin.user_id), user_id=member.user_id, role=Role.OWNER
        )
    assert refused.value.reason == "OWNER_ONLY"
    assert await _role(workspace, member.user_id) == Role.MEMBER


async def test_an_admin_cannot_unmake_an_owner(workspace: Workspace) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    second_owner = await workspace.add_member(Role.OWNER)
    with pytest.raises(Forbidden) as refused:
        await service.change_role(
            workspace.principal(Role.ADMIN, admin.user_id),
            user_id=second_owner.user_id,
            role=Role.MEMBER,
        )
    assert refused.value.reason == "OWNER_ONLY"
    assert await _role(workspace, second_owner.user_id) == Role.OWNER


async def test_an_owner_makes_and_unmakes_owners(workspace: Workspace) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    await service.change_role(workspace.principal(), user_id=admin.user_id, role=Role.OWNER)
    assert await _role(workspace, admin.user_id) == Role.OWNER
    await service.change_role(workspace.principal(), user_id=admin.user_id, role=Role.ADMIN)
    assert await _role(workspace, admin.user_id) == Role.ADMIN


@pytest.mark.parametrize("role", [Role.OWNER, Role.ADMIN])
async def test_nobody_changes_their_own_role(workspace: Workspace, role: Role) -> None:
    me = workspace if role == Role.OWNER else await workspace.add_member(role)
    await workspace.add_member(Role.OWNER)  # not the last owner: the self rule alone refuses
    with pytest.raises(Forbidden) as refused:
        await service.change_role(
            workspace.principal(role, me.user_id), user_id=me.user_id, role=Role.MEMBER
        )
    assert refused.value.reason == "OWN_ROLE"
    assert await _role(workspace, me.user_id) == role


async def test_the_last_owner_cannot_be_removed_but_one_of_two_can(workspace: Workspace) -> None:
    with pytest.raises(Conflict) as refused:
        await service.remove_member(workspace.principal(), user_id=workspace.user_id)
    assert refused.value.reason == "LAST_OWNER"
    second = await workspace.add_member(Role.OWNER)
    await service.remove_member(workspace.principal(), user_id=second.user_id)
    assert not await service.is_member(
        organization_id=workspace.organization_id, user_id=second.user_id
    )


async def test_an_owner_demotes_another_owner_and_stays_the_last_one(
    workspace: Workspace,
) -> None:
    second = await workspace.add_member(Role.OWNER)
    await service.change_role(workspace.principal(), user_id=second.user_id, role=Role.MEMBER)
    assert await _role(workspace, second.user_id) == Role.MEMBER
    # The demoted one can no longer touch the last owner.
    with pytest.raises(Forbidden):
        await service.change_role(
            workspace.principal(Role.MEMBER, second.user_id),
            user_id=workspace.user_id,
            role=Role.MEMBER,
        )
    assert await _role(workspace, workspace.user_id) == Role.OWNER


async def test_the_last_owner_guard_refuses_a_demotion_that_would_leave_none(
    workspace: Workspace,
) -> None:
    """Unreachable through the self rule today; the guard still holds if that rule changes."""
    membership = await Membership.get(
        organization_id=workspace.organization_id, user_id=workspace.user_id
    )
    with pytest.raises(Conflict) as refused:
        await service._keep_an_owner(workspace.principal(), membership, action="demoted")
    assert refused.value.reason == "LAST_OWNER"


async def test_changing_roles_needs_manage_members(workspace: Workspace) -> None:
    manager = await workspace.add_member(Role.MANAGER)
    member = await workspace.add_member(Role.MEMBER)
    with pytest.raises(Forbidden):
        await service.change_role(
            workspace.principal(Role.MANAGER, manager.user_id),
            user_id=member.user_id,
            role=Role.GUEST,
        )
    assert await _role(workspace, member.user_id) == Role.MEMBER


async def test_a_role_change_publishes_member_role_changed_once(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    await service.change_role(workspace.principal(), user_id=member.user_id, role=Role.MANAGER)
    await service.change_role(workspace.principal(), user_id=member.user_id, role=Role.MANAGER)
    assert [(m.type, m.entity_id) for m in published] == [("member.role_changed", member.user_id)]


async def test_the_mutation_answers_with_the_reason_and_the_new_role(
    api: GraphQLClient, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    admin = await workspace.add_member(Role.ADMIN)

    promoted = await api.data(
        workspace.token, UPDATE_ROLE, {"userId": member.user_id, "role": "MANAGER"}
    )
    refused = await api.data(admin.token, UPDATE_ROLE, {"userId": member.user_id, "role": "OWNER"})
    own = await api.data(admin.token, UPDATE_ROLE, {"userId": admin.user_id, "role": "MEMBER"})

    assert promoted["membersUpdateRole"] == {
        "result": {"userId": member.user_id, "role": "MANAGER"},
        "errors": [],
    }
    assert [e["reason"] for e in refused["membersUpdateRole"]["errors"]] == ["OWNER_ONLY"]
    assert [e["reason"] for e in own["membersUpdateRole"]["errors"]] == ["OWN_ROLE"]
    assert await _role(workspace, member.user_id) == Role.MANAGER
