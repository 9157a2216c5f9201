"""The @mention syntax: emails, handles, bracketed names and ids; members only, never ambiguous."""

from __future__ import annotations

from backend.core.permissions import Role
from backend.members import mentions
from backend.users.models import User
from tests.conftest import Workspace


async def _member(workspace: Workspace) -> tuple[str, str]:
    added = await workspace.add_member(Role.MEMBER)
    return added.user_id, added.email


def test_parse_reads_each_form_and_leaves_emails_out_of_handles() -> None:
    found = mentions.parse(
        "cc @Ada@Example.com, @bob. plain carol@x.io (@Zed) @[Ada  Lovelace] "
        "@[7d3f2c1e-0000-4000-8000-000000000001]"
    )
    assert found.emails == {"ada@example.com"}
    assert found.handles == {"bob", "zed"}
    assert found.names == {"ada lovelace"}
    assert [str(i) for i in found.ids] == ["7d3f2c1e-0000-4000-8000-000000000001"]


async def test_mentions_by_handle_and_by_name_and_never_an_ambiguous_one(
    workspace: Workspace,
) -> None:
    # Given members whose handles (email local parts) and names are known
    ada_id, ada_email = await _member(workspace)
    await User.filter(id=ada_id).update(name="Ada Lovelace")
    twin_a, _ = await _member(workspace)
    twin_b, _ = await _member(workspace)
    await User.filter(id__in=[twin_a, twin_b]).update(name="Sam Twin")
    handle = ada_email.split("@")[0]
    # When a text mentions a handle, a bracketed name, and a name two members share
    found = await mentions.mentioned_members(
        workspace.organization_id,
        f"Thanks @{handle.upper()}, and @[ada  lovelace]; cc @[Sam Twin], @nobody.",
    )
    # Then the handle and the unique name mention Ada; the shared name mentions nobody
    assert [str(user_id) for user_id in found] == [ada_id]
