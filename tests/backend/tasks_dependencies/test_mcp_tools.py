"""Through MCP as an assistant sees it: list_all takes no arguments, a cycle is a tool error naming it."""

from __future__ import annotations

from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import ServerProcess


async def test_dependency_tools_list_every_edge_and_explain_a_refused_cycle(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "2026-07-28") as client:
        created = await client.call_tool("projects_create", {"name": "M", "key": "MCP"})
        project = structured(created)["result"]
        for _ in range(2):
            await client.call_tool("tasks_create", {"project_id": project["id"], "title": "t"})
        added = structured(
            await client.call_tool(
                "tasks_dependencies_add", {"task_id": "MCP-2", "depends_on_task_id": "MCP-1"}
            )
        )
        refused = await client.call_tool(
            "tasks_dependencies_add", {"task_id": "MCP-1", "depends_on_task_id": "MCP-2"}
        )
        every_edge = structured(await client.call_tool("tasks_dependencies_list_all", {}))

    assert added["errors"] == [] and added["result"]["depends_on"]["key"] == "MCP-1"
    assert refused.is_error and "MCP-1 → MCP-2 → MCP-1" in text(refused)
    assert every_edge["total_count"] == 1
    assert [(e["task"]["key"], e["depends_on"]["key"]) for e in every_edge["items"]] == [
        ("MCP-2", "MCP-1")
    ]
