"""Strict Decimal and DateTime input: what the stock parsers guessed at is INVALID, never masked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Workspace
from tests.mcp_adapter.support import mcp_client, structured, text
from tests.support import GraphQLClient, ServerProcess

PROJECTS_CREATE = """
mutation($name: String!, $rate: Decimal, $budget: Decimal) {
  projectsCreate(name: $name, hourlyRate: $rate, budgetHours: $budget) {
    result { id hourlyRate budgetHours }
    errors { code field message }
  }
}"""

TIME_ENTRIES_CREATE = """
mutation($startedAt: DateTime!, $minutes: Int) {
  timeEntriesCreate(startedAt: $startedAt, durationMinutes: $minutes) {
    result { id startedAt }
    errors { code field message }
  }
}"""


def _refused(body: dict[str, Any], variable: str) -> str:
    assert body.get("data") is None, body
    [error] = body["errors"]
    assert error["extensions"] == {"code": "INVALID", "field": variable}, error
    assert "Unexpected error" not in error["message"]
    message: str = error["message"]
    return message


@pytest.mark.parametrize(
    ("rate", "says"),
    [
        ("١٢٣", "digits 0-9"),
        ("12.34567", "at most 4 decimal places"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "Infinity"),
        ("1e999", "exponent"),
        ("1E2", "exponent"),
    ],
)
async def test_sloppy_decimals_are_invalid(
    api: GraphQLClient, workspace: Workspace, rate: str, says: str
) -> None:
    body = await api.execute(workspace.token, PROJECTS_CREATE, {"name": "Web", "rate": rate})
    assert says in _refused(body, "rate")


async def test_plain_decimals_still_work_and_keep_their_value(
    api: GraphQLClient, workspace: Workspace
) -> None:
    data = await api.data(
        workspace.token, PROJECTS_CREATE, {"name": "Web", "rate": "120.5", "budget": "40"}
    )
    project = data["projectsCreate"]
    assert project["errors"] == []
    assert project["result"]["hourlyRate"] == "120.50"
    assert project["result"]["budgetHours"] == "40.00"


@pytest.mark.parametrize(
    ("started_at", "says"),
    [
        ("2026-01-31T09:30:00", "needs a UTC offset"),
        ("9999-12-31T23:00:00Z", "years 1900 to 2999"),
        ("9999-12-31T23:00:00-05:00", "years 1900 to 2999"),
        ("0001-01-01T00:00:00+01:00", "years 1900 to 2999"),
        ("31/01/2026 09:30", "ISO 8601"),
    ],
)
async def test_sloppy_date_times_are_invalid(
    api: GraphQLClient, workspace: Workspace, started_at: str, says: str
) -> None:
    body = await api.execute(
        workspace.token, TIME_ENTRIES_CREATE, {"startedAt": started_at, "minutes": 120}
    )
    assert says in _refused(body, "startedAt")


async def test_a_date_time_with_an_offset_is_accepted(
    api: GraphQLClient, workspace: Workspace
) -> None:
    data = await api.data(
        workspace.token,
        TIME_ENTRIES_CREATE,
        {"startedAt": "2026-01-31T09:30:00+01:00", "minutes": 30},
    )
    created = data["timeEntriesCreate"]
    assert created["errors"] == []
    assert created["result"]["startedAt"].startswith("2026-01-31T08:30:00")


async def test_tools_refuse_the_same_input_naming_the_argument(
    server: ServerProcess, workspace: Workspace
) -> None:
    async with mcp_client(server.base_url, workspace.token, "2026-07-28") as client:
        digits = await client.call_tool("projects_create", {"name": "A", "hourly_rate": "١٢٣"})
        places = await client.call_tool("projects_create", {"name": "B", "hourly_rate": "1.99999"})
        naive = await client.call_tool(
            "time_entries_create", {"started_at": "2026-01-31T09:30:00", "duration_minutes": 5}
        )
        far = await client.call_tool(
            "time_entries_create", {"started_at": "9999-12-31T23:00:00Z", "duration_minutes": 120}
        )
        listed = structured(await client.call_tool("projects_list", {}))

    for result, argument in [
        (digits, "hourly_rate"),
        (places, "hourly_rate"),
        (naive, "started_at"),
        (far, "started_at"),
    ]:
        assert result.is_error
        assert f"Argument '{argument}'" in text(result), text(result)
        assert "Unexpected error" not in text(result)
    assert "UTC offset" in text(naive)
    assert "1900 to 2999" in text(far)
    assert listed["total_count"] == 0
