"""The workflow tools as an assistant calls them: snake_case arguments, a list result, and a refused
loop coming back as a tool error that names the loop."""

from __future__ import annotations

from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import ServerProcess


async def test_an_assistant_configures_the_workflow_and_is_told_about_a_loop(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "2026-07-28") as client:
        project = structured(await client.call_tool("projects_create", {"name": "Assist"}))
        project_id = project["result"]["id"]
        created = [
            structured(
                await client.call_tool(
                    "task_statuses_create", {"name": name, "project_id": project_id}
                )
            )["result"]
            for name in ("Queued", "Working")
        ]
        queued, working = (s["id"] for s in created)
        structured(
            await client.call_tool(
                "task_statuses_update",
                {
                    "status_id": queued,
                    "auto_advance_on": "TIMER_STARTED",
                    "auto_advance_to_status_id": working,
                },
            )
        )

        looping = await client.call_tool(
            "task_statuses_update",
            {
                "status_id": working,
                "auto_advance_on": "TIMER_STARTED",
                "auto_advance_to_status_id": queued,
            },
        )
        reordered = structured(
            await client.call_tool(
                "task_statuses_reorder",
                {"status_ids": [working, queued], "project_id": project_id},
            )
        )
        listed = structured(
            await client.call_tool("task_statuses_list", {"project_id": project_id})
        )

    assert looping.is_error
    assert "'Working' → 'Queued' → 'Working'" in text(looping)
    assert [s["name"] for s in reordered["result"]] == ["Working", "Queued"]
    assert [(s["name"], s["project_id"]) for s in listed["items"]] == [
        ("Working", project_id),
        ("Queued", project_id),
    ]
