"""Every mutation of the catalog leaves exactly one audit entry naming its interface and tool.

Generated from the catalog: each mutation tool is called once through MCP (the SDK client over
real HTTP) and once through /graphql (the tool's own document POSTed), by the workspace owner,
on fresh objects from the permission table's world (tests/backend/world.py) with the permission
table's arguments. One server per database serves every call.
"""

from __future__ import annotations

import itertools
from typing import Any

from graphql import OperationType

from backend.audit.models import AuditEntry
from backend.chat import service as chat_service
from backend.clients import service as clients_service
from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.settings import Settings
from backend.tasks import service as tasks_service
from backend.users.authentication import authenticate
from mcp_adapter.server import create_mcp_endpoint
from tests.backend.test_permissions import TABLE, WITH_RUNNING_TIMER
from tests.backend.world import Scene, World, make_world
from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, text
from tests.support import GraphQLClient, ServerProcess

TOOLS = create_mcp_endpoint(Settings()).executor.tools
MUTATIONS = sorted(
    name
    for name, spec in TOOLS.items()
    if spec.operation.definition.operation is OperationType.MUTATION
)


async def _arguments(tool: str, world: World, workspace: Workspace, owner: Any) -> dict[str, Any]:
    """The permission table's arguments, except where they would change nothing: a call that
    changes nothing (an idempotent repeat) writes no entry, there being no change to record."""
    if tool == "tasks_dependencies_add":
        # The world's tasks already depend on each other (the permission table's CONFLICT case).
        third = await tasks_service.create_task(owner, project_id=world.project, title="Third")
        return {"task_id": str(third.id), "depends_on_task_id": world.task}
    if tool == "projects_members_add":  # the world's colleague is in the Space already
        newcomer = await workspace.add_member(Role.MEMBER)
        return {"project_id": world.project, "user_id": newcomer.user_id}
    if tool == "projects_unarchive":
        await projects_service.set_archived(owner, project_id=world.project, archived=True)
    if tool == "task_groups_reorder":
        return {"project_id": world.project, "group_ids": list(reversed(world.groups))}
    if tool == "chat_channels_unarchive":
        await chat_service.set_archived(owner, channel_id=world.channel, archived=True)
    if tool == "clients_unarchive":
        await clients_service.set_archived(owner, client_id=world.client, archived=True)
    # Organization-wide settings and the one colleague's rates persist across worlds: a value
    # of its own for each call, so each call changes something.
    calls = next(_CALLS)
    if tool == "orgs_update":
        return {"payment_terms_days": 1 + calls % 365}
    if tool == "members_update_rates":
        return {"user_id": world.colleague, "hourly_rate": f"{50 + calls}", "cost_rate": "40"}
    return TABLE[tool][0](world)


_CALLS = itertools.count()


async def _entries(organization_id: str) -> list[AuditEntry]:
    return await AuditEntry.filter(organization_id=organization_id).order_by("occurred_at")


async def test_the_catalog_has_mutations_and_each_has_a_permission_row() -> None:
    assert len(MUTATIONS) >= 45
    assert set(MUTATIONS) <= set(TABLE)


async def test_every_mutation_through_mcp_and_graphql_leaves_one_entry_naming_it(
    server: ServerProcess, api: GraphQLClient, workspace: Workspace
) -> None:
    owner = await authenticate(workspace.token)
    member = await workspace.add_member(Role.MEMBER)
    problems: list[str] = []
    async with mcp_client(server.base_url, workspace.token, "2026-07-28", "/mcp/x/all") as client:
        for tool in MUTATIONS:
            for interface in ("mcp", "graphql"):
                world = await make_world(
                    Scene(owner, owner, member.user_id, timer_running=tool in WITH_RUNNING_TIMER)
                )
                arguments = await _arguments(tool, world, workspace, owner)
                before = len(await _entries(workspace.organization_id))
                if interface == "mcp":
                    result = await client.call_tool(tool, arguments)
                    if result.is_error:
                        problems.append(f"{tool} via mcp failed: {text(result)[:200]}")
                        continue
                else:
                    body = await api.execute(
                        workspace.token, TOOLS[tool].operation.document_text, arguments
                    )
                    payload = next(iter((body.get("data") or {}).values()), None)
                    if body.get("errors") or not payload or payload.get("errors"):
                        problems.append(f"{tool} via graphql failed: {str(body)[:200]}")
                        continue
                new = (await _entries(workspace.organization_id))[before:]
                if len(new) != 1:
                    problems.append(
                        f"{tool} via {interface}: {len(new)} entries "
                        f"{[(e.interface, e.operation, e.action) for e in new]}"
                    )
                    continue
                entry = new[0]
                expected = (interface, tool, owner.user_id, owner.token_id, owner.token_name)
                got = (
                    entry.interface,
                    entry.operation,
                    str(entry.actor_id),
                    str(entry.token_id),
                    entry.token_name,
                )
                if got != expected:
                    problems.append(f"{tool} via {interface}: entry says {got}")
                if not entry.request_id:
                    problems.append(f"{tool} via {interface}: no request id")
    assert problems == [], "\n".join(problems)
