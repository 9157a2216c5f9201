"""A recurrence as an assistant creates it: the nested rule speaks snake_case like every argument."""

from __future__ import annotations

from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import ServerProcess


async def test_an_assistant_creates_a_monthly_rule_with_snake_case_rule_fields(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "legacy") as client:
        project = structured(await client.call_tool("projects_create", {"name": "Billing"}))
        arguments = {
            "project_id": project["result"]["id"],
            "title": "Send invoices",
            "rule": {"frequency": "MONTHLY", "month_day": -1},
            "starts_on": "2030-01-31",
        }
        created = structured(await client.call_tool("task_recurrences_create", arguments))
        assert created["errors"] == [], created
        assert created["result"]["rule"]["month_day"] == -1

        camel = await client.call_tool(
            "task_recurrences_create",
            {**arguments, "rule": {"frequency": "MONTHLY", "monthDay": -1}},
        )
        assert camel.is_error and "monthDay" in text(camel)
