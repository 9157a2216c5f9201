"""Milestones over GraphQL as users see them: the product document's permission rule, end to end."""

from __future__ import annotations

from typing import Any

from backend.core.permissions import Role
from tests.backend.support import create_project
from tests.conftest import Workspace
from tests.support import GraphQLClient

LIST = (
    """query($p: ID!) { milestonesList(projectId: $p) { items { title targetDate } totalCount } }"""
)
CREATE = """mutation($p: ID!, $t: String!, $d: Date!) {
  milestonesCreate(projectId: $p, title: $t, targetDate: $d) {
    result { id title targetDate projectId } errors { code field message } } }"""
ADD_MEMBER = """mutation($p: ID!, $u: ID!) {
  projectsMembersAdd(projectId: $p, userId: $u) { errors { message } } }"""


async def _create(api: GraphQLClient, token: str, project_id: str, title: str) -> dict[str, Any]:
    data = await api.data(token, CREATE, {"p": project_id, "t": title, "d": "2026-12-01"})
    payload: dict[str, Any] = data["milestonesCreate"]
    return payload


async def test_a_guest_member_lists_but_cannot_create_and_a_member_creates(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Launch", key="LCH")
    await _create(api, workspace.token, project["id"], "Beta")
    guest = await workspace.add_member(Role.GUEST)
    await api.data(workspace.token, ADD_MEMBER, {"p": project["id"], "u": guest.user_id})
    member = await workspace.add_member(Role.MEMBER)

    listed = await api.data(guest.token, LIST, {"p": project["id"]})
    refused = await _create(api, guest.token, project["id"], "Guest's")
    created = await _create(api, member.token, project["id"], "GA")

    assert listed["milestonesList"]["items"] == [{"title": "Beta", "targetDate": "2026-12-01"}]
    assert refused["result"] is None
    assert refused["errors"][0]["code"] == "FORBIDDEN"
    assert "manage_tasks" in refused["errors"][0]["message"]
    assert created["errors"] == [] and created["result"]["title"] == "GA"
    after = await api.data(workspace.token, LIST, {"p": project["id"]})
    assert after["milestonesList"]["totalCount"] == 2


async def test_a_private_space_s_milestones_are_not_found_for_non_members(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Secret", key="SEC", visibility="PRIVATE")
    milestone = (await _create(api, workspace.token, project["id"], "Reveal"))["result"]
    outsider = await workspace.add_member(Role.MEMBER)

    listed = await api.execute(outsider.token, LIST, {"p": project["id"]})
    created = await _create(api, outsider.token, project["id"], "Leak")
    deleted = await api.data(
        outsider.token,
        "mutation($m: ID!) { milestonesDelete(milestoneId: $m) { errors { code } } }",
        {"m": milestone["id"]},
    )

    assert listed["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert created["errors"][0]["code"] == "NOT_FOUND"
    assert deleted["milestonesDelete"]["errors"] == [{"code": "NOT_FOUND"}]
    still = await api.data(workspace.token, LIST, {"p": project["id"]})
    assert still["milestonesList"]["items"] == [{"title": "Reveal", "targetDate": "2026-12-01"}]
