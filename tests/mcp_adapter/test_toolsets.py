"""Toolsets, read-only mode and role filtering: derived from the catalog, pinned by snapshots, and
seen through every /mcp URL by the SDK's client in both protocol eras."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from starlette.applications import Starlette
from starlette.routing import Route

from backend.api import Settings, Unauthenticated, create_api
from backend.core.permissions import ROLE_PERMISSIONS, Role
from backend.users.authentication import authenticate
from mcp_adapter.reference import render as render_reference
from mcp_adapter.server import (
    CATALOG_HASH_META,
    LIST_TTL_MS,
    McpEndpoint,
    PatVerifier,
    build_endpoint,
    create_mcp_endpoint,
)
from mcp_adapter.snapshot import (
    REFERENCE,
    REGENERATE,
    ROLES,
    TOOLSET_SNAPSHOTS,
    differences,
    render_toolsets,
)
from mcp_adapter.toolsets import ALWAYS, GROUPS, Toolsets, UnknownToolset, catalog_hash
from tests.backend.test_permissions import CONFLICT_FOR_WRITERS, TABLE, TASK_WRITERS
from tests.conftest import Workspace
from tests.mcp_adapter.support import MODES, mcp_client, structured, text
from tests.support import ServerProcess


@pytest.fixture(scope="module")
def endpoint() -> McpEndpoint:
    return create_mcp_endpoint(Settings())


@pytest.fixture(scope="module")
def toolsets(endpoint: McpEndpoint) -> Toolsets:
    return endpoint.toolsets


def _snapshot(name: str) -> dict[str, list[str]]:
    listed: dict[str, list[str]] = json.loads(
        (TOOLSET_SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8")
    )
    return listed


# --- derived from the catalog -------------------------------------------------------------


def test_the_toolset_listings_and_the_tool_reference_are_current() -> None:
    assert differences(render_toolsets(), TOOLSET_SNAPSHOTS) == [], (
        f"What a toolset lists changed; review the diff and regenerate with: {REGENERATE}"
    )
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(
        create_mcp_endpoint(Settings()).executor.tools
    ), f"docs/tools.md is stale; regenerate with: {REGENERATE}"


def test_every_domain_is_a_toolset_and_every_tool_is_in_all_and_its_domain(
    toolsets: Toolsets,
) -> None:
    every = toolsets.members(None)
    assert every == list(toolsets.tools)
    for name, spec in toolsets.tools.items():
        domain = spec.operation.domain
        assert name == domain or name.startswith(f"{domain}_"), name
        assert name in toolsets.members(toolsets.parse(f"/mcp/x/{domain}").domains)


def test_a_group_is_the_union_of_its_domains_and_whoami_is_everywhere(toolsets: Toolsets) -> None:
    for group, (domains, _) in GROUPS.items():
        expected = {
            name
            for name, spec in toolsets.tools.items()
            if spec.operation.domain in domains or name in ALWAYS
        }
        assert set(toolsets.members(toolsets.parse(f"/mcp/x/{group}").domains)) == expected, group


def test_urls_pick_toolsets_and_readonly_comes_last(toolsets: Toolsets) -> None:
    assert toolsets.parse("/mcp") == toolsets.parse("/mcp/x/default")
    assert toolsets.parse("/mcp/").label == "default"
    assert toolsets.parse("/mcp/readonly").read_only is True
    assert toolsets.parse("/mcp/readonly").domains == toolsets.parse("/mcp").domains
    both = toolsets.parse("/mcp/x/tasks,milestones/readonly")
    assert both.read_only is True and both.domains == {"tasks", "milestones"}
    assert toolsets.parse("/mcp/x/all").domains is None
    # A group may name domains that have no tools yet: they join when they land.
    assert "whoami" in toolsets.members(toolsets.parse("/mcp/x/billing").domains)


@pytest.mark.parametrize("path", ["/mcp/x/nope", "/mcp/x/", "/mcp/tasks", "/mcp/x/a/b/c"])
def test_an_unknown_toolset_is_refused_with_the_list(toolsets: Toolsets, path: str) -> None:
    with pytest.raises(UnknownToolset) as refused:
        toolsets.parse(path)
    assert "default" in str(refused.value) and "milestones" in str(refused.value)


def test_readonly_lists_only_read_tools_and_wins_over_every_toolset(toolsets: Toolsets) -> None:
    owner = frozenset(p.value for p in ROLE_PERMISSIONS[Role.OWNER])
    for name in toolsets.names():
        selection = toolsets.parse(f"/mcp/x/{name}/readonly")
        listed = toolsets.listing(selection, owner, False)
        assert all(not spec.operation.is_mutation for spec in listed), name
        token_mode = toolsets.listing(toolsets.parse(f"/mcp/x/{name}"), owner, True)
        assert token_mode == listed, name
    assert {
        spec.name for spec in toolsets.listing(toolsets.parse("/mcp/x/all/readonly"), owner, False)
    } == {name for name, spec in toolsets.tools.items() if not spec.operation.is_mutation}


# Tools whose refusal in the table depends on who owns the object, not on a role flag: the
# world's channel is the owner's, and its creator (any member) may also manage it. Declaring a
# flag would hide the tool from creators who may use it.
BY_OWNERSHIP = {
    "chat_channels_update",
    "chat_channels_archive",
    "chat_channels_unarchive",
    "chat_channels_members_add",
    "chat_channels_members_remove",
}


def test_a_declared_permission_is_exactly_what_the_permission_table_allows(
    toolsets: Toolsets,
) -> None:
    """`@mcp(permission:)` hides a tool from the roles without the flag, so those roles must be
    refused by the permission table, and the roles with it allowed; a tool some role is always
    refused must declare what it needs, so tools/list does not offer it to that role."""
    roles = [role.value for role in Role]
    holders = {
        permission.value: {role.value for role in Role if permission in ROLE_PERMISSIONS[role]}
        for permission in ROLE_PERMISSIONS[Role.OWNER]
    }
    problems: list[str] = []
    for name, spec in toolsets.tools.items():
        _, allowed = TABLE[name]
        effective = set(allowed) | (set(TASK_WRITERS) if name in CONFLICT_FOR_WRITERS else set())
        effective &= set(roles)
        declared = spec.operation.permission
        if declared is not None and holders[declared] != effective:
            problems.append(
                f"{name}: declares {declared!r} (held by {sorted(holders[declared])}) but the "
                f"permission table allows {sorted(effective)}"
            )
        if declared is None and effective != set(roles) and name not in BY_OWNERSHIP:
            fits = sorted(p for p, who in holders.items() if who == effective)
            problems.append(
                f"{name}: the permission table refuses {sorted(set(roles) - effective)} always; "
                f'declare @mcp(permission: "…") with one of {fits or "no single flag: fix the row"}'
            )
    assert problems == [], "\n".join(problems)


def test_the_catalog_hash_is_stable_and_changes_with_any_definition(toolsets: Toolsets) -> None:
    specs = list(toolsets.tools.values())
    assert catalog_hash(specs) == catalog_hash(reversed(specs))
    changed = replace(specs[0], definition={**specs[0].definition, "description": "Other."})
    assert catalog_hash([changed, *specs[1:]]) != catalog_hash(specs)
    assert catalog_hash(specs[1:]) != catalog_hash(specs)


# --- over real HTTP with the SDK's client --------------------------------------------------


def _urls() -> list[str]:
    names = [path.stem for path in TOOLSET_SNAPSHOTS.glob("*.json")]
    return ["/mcp", "/mcp/readonly"] + [
        f"/mcp/x/{name}{suffix}" for name in sorted(names) for suffix in ("", "/readonly")
    ]


def _expected(path: str, role: str = "owner") -> list[str]:
    parts = [p for p in path.split("/") if p]
    readonly = parts[-1] == "readonly"
    name = parts[2] if len(parts) > 2 and parts[1] == "x" else "default"
    listed = _snapshot(name)
    return listed["readonly"] if readonly and role == "owner" else listed[role]


@pytest.mark.parametrize("mode", MODES)
async def test_every_toolset_url_lists_its_snapshot_with_the_catalog_hash_and_caching_hints(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    seen_hashes: dict[str, str] = {}
    for path in _urls():
        async with mcp_client(server.base_url, workspace.token, mode, path) as client:
            listed = await client.list_tools()
            assert [tool.name for tool in listed.tools] == _expected(path), path
            assert listed.meta is not None
            seen_hashes[path] = listed.meta[CATALOG_HASH_META]
            if mode != "legacy":
                assert listed.ttl_ms == LIST_TTL_MS and listed.cache_scope == "private"
            if "readonly" not in path:
                # A call runs through every URL, whoami in each.
                me = structured(await client.call_tool("whoami", {}))
                assert me["role"] == "OWNER"
    # Equal listings have equal hashes; different listings different ones.
    by_listing: dict[tuple[str, ...], set[str]] = {}
    for path, digest in seen_hashes.items():
        by_listing.setdefault(tuple(_expected(path)), set()).add(digest)
    assert all(len(digests) == 1 for digests in by_listing.values())
    assert len({next(iter(d)) for d in by_listing.values()}) == len(by_listing)


@pytest.mark.parametrize("mode", MODES)
async def test_each_role_sees_only_the_tools_it_can_ever_run(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    tokens = {"owner": workspace.token}
    for role in ROLES[1:]:
        tokens[role] = (await workspace.add_member(Role(role))).token
    for role, token in tokens.items():
        for path in ("/mcp", "/mcp/x/all"):
            async with mcp_client(server.base_url, token, mode, path) as client:
                listed = await client.list_tools()
                assert [tool.name for tool in listed.tools] == _expected(path, role), (role, path)
    guest_all = set(_snapshot("all")["guest"])
    assert "tasks_create" not in guest_all and "tasks_list" in guest_all
    # Call-time checks stay: the hidden tool still answers with the service's refusal.
    async with mcp_client(server.base_url, tokens["guest"], mode, "/mcp/x/all") as client:
        project = structured(await client.call_tool("projects_list", {}))
        assert isinstance(project["items"], list)
        refused = await client.call_tool("labels_create", {"name": "nope"})
        assert refused.is_error and "FORBIDDEN" in text(refused)


@pytest.mark.parametrize("mode", MODES)
async def test_readonly_url_runs_reads_and_refuses_writes_before_anything_runs(
    server: ServerProcess, workspace: Workspace, mode: str
) -> None:
    async with mcp_client(server.base_url, workspace.token, mode, "/mcp/x/all/readonly") as client:
        refused = await client.call_tool("labels_create", {"name": "read-only attempt"})
        assert refused.is_error
        assert "/readonly" in text(refused) and "Nothing was executed" in text(refused)
        labels = structured(await client.call_tool("labels_list", {}))
    assert "read-only attempt" not in [label["name"] for label in labels["items"]]


async def test_unknown_toolset_urls_answer_404_saying_which_exist(
    server: ServerProcess, workspace: Workspace
) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{server.base_url}/mcp/x/nope",
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={"Authorization": f"Bearer {workspace.token}"},
        )
    assert response.status_code == 404
    assert "Unknown toolset 'nope'" in response.json()["error"]["message"]


# --- a read-only token (Principal.read_only) ----------------------------------------------


@asynccontextmanager
async def _read_only_token_client(token: str, mode: str) -> AsyncIterator[Client]:
    """The real endpoint in process, authenticating the token as read-only."""
    settings = Settings()
    api = create_api(settings)

    async def read_only(raw: str | None) -> Any:
        return replace(await authenticate(raw), read_only=True)

    base = create_mcp_endpoint(settings)
    endpoint = build_endpoint(
        base.executor.tools,
        base.executor.backend,
        verifier=PatVerifier(read_only, Unauthenticated),
        allowed_hosts=settings.allowed_hosts,
        allowed_origins=settings.allowed_origins,
        budget=api.request_budget,
    )
    app = Starlette(
        routes=[Route("/mcp", endpoint.asgi_app), Route("/mcp/{s:path}", endpoint.asgi_app)]
    )
    http = httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app),
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    async with endpoint.lifespan(), http:
        transport = streamable_http_client("http://localhost:8000/mcp/x/all", http_client=http)
        async with Client(transport, mode=mode) as client:
            yield client


@pytest.mark.parametrize("mode", MODES)
async def test_a_read_only_token_lists_and_runs_read_tools_only(
    workspace: Workspace, mode: str
) -> None:
    async with _read_only_token_client(workspace.token, mode) as client:
        listed = await client.list_tools()
        assert [tool.name for tool in listed.tools] == _snapshot("all")["readonly"]
        refused = await client.call_tool("labels_create", {"name": "from a read-only token"})
        assert refused.is_error and "the token is read-only" in text(refused)
        assert structured(await client.call_tool("whoami", {}))["role"] == "OWNER"
