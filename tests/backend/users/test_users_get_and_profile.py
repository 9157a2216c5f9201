"""users_get finds members of your organization only; users_update_profile validates what it
stores; guests see the names of the people they work with, not everyone's email."""

from __future__ import annotations

import pytest

from backend.core.errors import Invalid, NotFound
from backend.core.permissions import Role
from backend.projects.models import ProjectMember
from backend.users import service
from backend.users.models import User
from subscriptions import EventMessage
from tests.backend.support import project
from tests.conftest import Workspace
from tests.support import GraphQLClient

MEMBERS = "query { membersList { items { userId user { id name email } } } }"
USERS_GET = "query($u: ID!) { usersGet(userId: $u) { id name email } }"
MEMBERS_GET = "query($u: ID!) { membersGet(userId: $u) { user { name email } } }"
PROFILE = """
mutation($name: String, $avatarUrl: String, $timezone: String, $clear: Boolean! = false) {
  usersUpdateProfile(name: $name, avatarUrl: $avatarUrl, timezone: $timezone, clearAvatarUrl: $clear) {
    result { id name avatarUrl timezone } errors { code field reason }
  }
}"""


async def test_users_get_finds_a_member_and_not_a_user_of_another_organization(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    found = await service.get_user(workspace.principal(), user_id=member.user_id)
    assert str(found.id) == member.user_id
    with pytest.raises(NotFound) as missing:
        await service.get_user(workspace.principal(), user_id=other_workspace.user_id)
    assert missing.value.field == "user_id" and "user" in missing.value.message


async def test_a_removed_member_is_not_found(workspace: Workspace) -> None:
    from backend.members import service as members_service

    member = await workspace.add_member(Role.MEMBER)
    await members_service.remove_member(workspace.principal(), user_id=member.user_id)
    with pytest.raises(NotFound):
        await service.get_user(workspace.principal(), user_id=member.user_id)


async def test_a_guest_sees_the_names_of_their_space_colleagues_but_no_other_email(
    api: GraphQLClient, workspace: Workspace
) -> None:
    guest = await workspace.add_member(Role.GUEST)
    colleague = await workspace.add_member(Role.MEMBER)
    stranger = await workspace.add_member(Role.MEMBER)
    space = await project(workspace, key="GST")
    for user_id in (guest.user_id, colleague.user_id):
        await ProjectMember.create(project_id=space.id, user_id=user_id)

    listed = (await api.data(guest.token, MEMBERS))["membersList"]["items"]
    seen = {m["userId"]: m["user"] for m in listed}
    colleague_user = (await api.data(guest.token, USERS_GET, {"u": colleague.user_id}))["usersGet"]
    stranger_user = await api.execute(guest.token, USERS_GET, {"u": stranger.user_id})
    stranger_member = await api.execute(guest.token, MEMBERS_GET, {"u": stranger.user_id})
    as_member = (await api.data(colleague.token, USERS_GET, {"u": stranger.user_id}))["usersGet"]

    # The guest sees themself (with their email), the Space's people by name, nobody else.
    assert set(seen) == {guest.user_id, colleague.user_id, workspace.user_id}
    assert seen[guest.user_id]["email"] == guest.email
    assert seen[colleague.user_id] == {
        "id": colleague.user_id,
        "name": colleague_user["name"],
        "email": None,
    }
    assert seen[workspace.user_id]["email"] is None  # the owner is a member of every Space made
    assert colleague_user["email"] is None
    for refused in (stranger_user, stranger_member):
        assert refused["data"] is None
        assert refused["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    # A member works across the organization: every member, with emails.
    assert as_member["email"] == stranger.email


async def test_a_profile_update_changes_only_what_is_given(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    user = await service.update_profile(
        workspace.principal(),
        name=" Grace ",
        avatar_url="https://example.test/grace.png",
        timezone="Europe/Berlin",
    )
    again = await service.update_profile(workspace.principal(), timezone="America/New_York")
    cleared = await service.update_profile(workspace.principal(), clear_avatar_url=True)

    assert (user.name, user.avatar_url, user.timezone) == (
        "Grace",
        "https://example.test/grace.png",
        "Europe/Berlin",
    )
    assert (again.name, again.timezone) == ("Grace", "America/New_York")
    stored = await User.get(id=workspace.user_id)
    assert (stored.name, stored.avatar_url, stored.timezone) == ("Grace", None, "America/New_York")
    assert cleared.avatar_url is None
    assert [m.type for m in published] == ["user.profile_updated"] * 3


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("avatar_url", "javascript:alert(1)", "URL_FORMAT"),
        ("avatar_url", "ftp://example.test/a.png", "URL_FORMAT"),
        ("avatar_url", "https://", "URL_FORMAT"),
        ("avatar_url", "http://[::1", "URL_FORMAT"),
        ("avatar_url", "https://example.test:99999/a.png", "URL_FORMAT"),
        ("timezone", "Mars/Olympus", "TIMEZONE_UNKNOWN"),
        ("timezone", "CEST+2", "TIMEZONE_UNKNOWN"),
        ("name", "   ", "TEXT_LENGTH"),
    ],
)
async def test_a_bad_profile_value_is_refused_and_nothing_changes(
    workspace: Workspace, field: str, value: str, reason: str
) -> None:
    before = await User.get(id=workspace.user_id).values()
    with pytest.raises(Invalid) as refused:
        await service.update_profile(workspace.principal(), **{field: value})  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert await User.get(id=workspace.user_id).values() == before


async def test_the_profile_mutation_changes_your_own_profile(
    api: GraphQLClient, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    changed = await api.data(
        member.token,
        PROFILE,
        {"name": "Ada", "avatarUrl": "http://example.test/a.png", "timezone": "Asia/Tokyo"},
    )
    refused = await api.data(member.token, PROFILE, {"timezone": "Nowhere/Land"})

    assert changed["usersUpdateProfile"]["result"] == {
        "id": member.user_id,
        "name": "Ada",
        "avatarUrl": "http://example.test/a.png",
        "timezone": "Asia/Tokyo",
    }
    assert refused["usersUpdateProfile"]["errors"] == [
        {"code": "INVALID", "field": "timezone", "reason": "TIMEZONE_UNKNOWN"}
    ]
    assert (await User.get(id=workspace.user_id)).name != "Ada"  # only the caller changed
