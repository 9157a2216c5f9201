"""Token lifecycle over HTTP: only a valid token of a current member gets in, with its current role."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.core import tokens
from backend.core.permissions import Role
from backend.members.models import Membership
from backend.users.models import PersonalAccessToken
from tests.backend.support import PROJECTS_CREATE, WHOAMI
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def _status(api: GraphQLClient, token: str | None) -> int:
    return (await api.post(token, WHOAMI)).status_code


async def test_valid_token_acts_as_its_user_and_organization(
    api: GraphQLClient, workspace: Workspace
) -> None:
    data = await api.data(workspace.token, WHOAMI)
    whoami = data["whoami"]
    assert whoami["user"]["id"] == workspace.user_id
    assert whoami["organization"]["id"] == workspace.organization_id
    assert whoami["role"] == "OWNER"
    assert "MANAGE_ORG" in whoami["permissions"]
    assert whoami["tokenName"] == "Default token"


async def test_missing_token_gets_401_with_www_authenticate(api: GraphQLClient) -> None:
    response = await api.post(None, WHOAMI)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in response.json()["errors"][0]["message"]


async def test_malformed_and_unknown_tokens_get_401(
    api: GraphQLClient, workspace: Workspace
) -> None:
    typo = workspace.token[:-1] + ("a" if workspace.token[-1] != "a" else "b")
    assert await _status(api, typo) == 401
    assert await _status(api, "not-a-token") == 401
    assert await _status(api, tokens.generate()) == 401  # well formed, never issued


async def test_token_in_query_string_is_ignored(api: GraphQLClient, workspace: Workspace) -> None:
    response = await api.http.get(
        "/graphql", params={"query": "{ whoami { role } }", "access_token": workspace.token}
    )
    assert response.status_code == 401


async def test_expired_token_gets_401(api: GraphQLClient, workspace: Workspace) -> None:
    record = await PersonalAccessToken.get(token_hash=tokens.hash_token(workspace.token))
    record.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await record.save()
    assert await _status(api, workspace.token) == 401


async def test_revoked_token_gets_401_at_once(api: GraphQLClient, workspace: Workspace) -> None:
    created = await api.data(
        workspace.token,
        'mutation { usersTokensCreate(name: "ci") { result { token { id } plaintext } errors { message } } }',
    )
    second = created["usersTokensCreate"]["result"]
    assert await _status(api, second["plaintext"]) == 200
    revoke = "mutation($id: ID!) { usersTokensRevoke(tokenId: $id) { result { revokedAt } errors { message } } }"
    result = await api.data(workspace.token, revoke, {"id": second["token"]["id"]})
    assert result["usersTokensRevoke"]["result"]["revokedAt"] is not None
    assert await _status(api, second["plaintext"]) == 401
    assert await _status(api, workspace.token) == 200


async def test_removed_member_token_gets_401(api: GraphQLClient, workspace: Workspace) -> None:
    member = await workspace.add_member(Role.MEMBER)
    assert await _status(api, member.token) == 200
    await Membership.filter(
        organization_id=workspace.organization_id, user_id=member.user_id
    ).delete()
    assert await _status(api, member.token) == 401


async def test_role_change_applies_on_the_next_request(
    api: GraphQLClient, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MANAGER)
    allowed = await api.data(member.token, PROJECTS_CREATE, {"name": "Allowed"})
    assert allowed["projectsCreate"]["errors"] == []
    await Membership.filter(
        organization_id=workspace.organization_id, user_id=member.user_id
    ).update(role=Role.GUEST)
    refused = await api.data(member.token, PROJECTS_CREATE, {"name": "Refused"})
    assert refused["projectsCreate"]["result"] is None
    assert refused["projectsCreate"]["errors"][0]["code"] == "FORBIDDEN"
    assert (await api.data(member.token, WHOAMI))["whoami"]["role"] == "GUEST"


async def test_token_list_shows_metadata_never_secrets(
    api: GraphQLClient, workspace: Workspace
) -> None:
    data = await api.data(
        workspace.token,
        "{ usersTokensList { items { name prefix createdAt lastUsedAt expiresAt } totalCount } }",
    )
    tokens_page = data["usersTokensList"]
    assert tokens_page["totalCount"] == 1
    item = tokens_page["items"][0]
    assert workspace.token.startswith(item["prefix"]) and len(item["prefix"]) < len(workspace.token)
    assert item["lastUsedAt"] is not None
