"""orgs_tokens_list and orgs_tokens_revoke: admins see and revoke every member's tokens, never a
secret; only an owner revokes an owner's token; `trcr tokens list` and `trcr tokens revoke`."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from backend.core import tokens
from backend.core.errors import Forbidden
from backend.core.permissions import Role
from backend.orgs import service
from backend.orgs.models import Organization
from backend.users import service as users_service
from backend.users.models import PersonalAccessToken
from tests.conftest import Workspace
from tests.support import ROOT, Database, GraphQLClient

LIST = """
query($all: Boolean! = false) {
  orgsTokensList(includeRevoked: $all) {
    items { id userId owner { email } name prefix createdAt lastUsedAt expiresAt revokedAt readOnly }
    totalCount
  }
}"""
REVOKE = """
mutation($t: ID!) { orgsTokensRevoke(tokenId: $t) { result { id revokedAt } errors { code reason } } }"""


async def _token_id(secret: str) -> str:
    return str((await PersonalAccessToken.get(token_hash=tokens.hash_token(secret))).id)


async def test_an_admin_lists_every_members_tokens_without_secrets(
    api: GraphQLClient, workspace: Workspace, other_workspace: Workspace
) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    member = await workspace.add_member(Role.MEMBER)
    reader, _ = await users_service.issue_token(
        user_id=member.user_id,
        organization_id=workspace.organization_id,
        name="reader",
        expires_in_days=3,
        read_only=True,
    )

    response = await api.execute(admin.token, LIST)
    listed = response["data"]["orgsTokensList"]["items"]

    owners = {item["owner"]["email"] for item in listed}
    assert owners == {workspace.email, admin.email, member.email}  # not the other organization's
    by_id = {item["id"]: item for item in listed}
    assert by_id[str(reader.id)]["readOnly"] is True
    assert by_id[str(reader.id)]["expiresAt"] is not None
    assert by_id[str(reader.id)]["prefix"] == reader.prefix
    text = json.dumps(response)
    for secret in (workspace.token, admin.token, member.token):
        assert secret not in text
    assert reader.token_hash not in text


async def test_a_member_cannot_list_the_organizations_tokens(
    api: GraphQLClient, workspace: Workspace
) -> None:
    member = await workspace.add_member(Role.MANAGER)
    response = await api.execute(member.token, LIST)
    assert response["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_an_admin_revokes_a_members_token_and_it_stops_working(
    api: GraphQLClient, workspace: Workspace
) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    member = await workspace.add_member(Role.MEMBER)

    revoked = await api.data(admin.token, REVOKE, {"t": await _token_id(member.token)})

    assert revoked["orgsTokensRevoke"]["errors"] == []
    assert revoked["orgsTokensRevoke"]["result"]["revokedAt"] is not None
    assert (await api.post(member.token, "query { whoami { role } }")).status_code == 401
    remaining = (await api.data(admin.token, LIST))["orgsTokensList"]["items"]
    assert all(item["userId"] != member.user_id for item in remaining)
    with_revoked = (await api.data(admin.token, LIST, {"all": True}))["orgsTokensList"]["items"]
    assert any(item["userId"] == member.user_id for item in with_revoked)


async def test_only_an_owner_revokes_an_owners_token(workspace: Workspace) -> None:
    admin = await workspace.add_member(Role.ADMIN)
    owner_token = await _token_id(workspace.token)
    with pytest.raises(Forbidden) as refused:
        await service.revoke_token(
            workspace.principal(Role.ADMIN, admin.user_id), token_id=owner_token
        )
    assert refused.value.reason == "OWNER_ONLY"
    assert (await PersonalAccessToken.get(id=owner_token)).revoked_at is None
    second_owner = await workspace.add_member(Role.OWNER)
    await service.revoke_token(
        workspace.principal(Role.OWNER, second_owner.user_id), token_id=owner_token
    )
    assert (await PersonalAccessToken.get(id=owner_token)).revoked_at is not None


def _trcr(database: Database, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "trcr.cli", "--database-url", database.url, *args]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


async def test_the_cli_lists_and_revokes_tokens(database: Database, workspace: Workspace) -> None:
    member = await workspace.add_member(Role.MEMBER)
    slug = (await Organization.get(id=workspace.organization_id)).slug
    member_token = await _token_id(member.token)

    listed = _trcr(database, "tokens", "list", "--org", slug, "--json")
    assert listed.returncode == 0, listed.stderr
    rows: list[dict[str, Any]] = json.loads(listed.stdout)
    assert {row["owner"] for row in rows} == {workspace.email, member.email}
    assert member.token not in listed.stdout and workspace.token not in listed.stdout

    revoked = _trcr(database, "tokens", "revoke", "--token-id", member_token)
    again = _trcr(database, "tokens", "revoke", "--token-id", member_token)
    unknown = _trcr(database, "tokens", "revoke", "--token-id", workspace.organization_id)
    after = _trcr(database, "tokens", "list", "--org", slug, "--email", member.email)

    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert again.returncode == 0 and "already revoked" in again.stdout
    assert unknown.returncode == 2 and "tokens list" in unknown.stderr
    assert after.returncode == 0 and after.stdout.strip() == "No tokens."
    assert (await PersonalAccessToken.get(id=member_token)).revoked_at is not None
