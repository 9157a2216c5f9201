"""Recurring tasks through GraphQL, as frontends and the MCP tools use them."""

from __future__ import annotations

from typing import Any

from backend.core.permissions import Role
from backend.task_recurrences.models import TaskRecurrence
from backend.task_recurrences.scheduler import run_due
from tests.backend.support import create_project, create_task
from tests.backend.task_recurrences.support import utc
from tests.conftest import Workspace
from tests.support import GraphQLClient

FIELDS = """id projectId templateTaskId title description mode startsOn endsOn count timezone
paused nextRunAt rule { frequency interval weekdays monthDay nth month rrule }"""

CREATE = f"""mutation($t: ID, $p: ID, $title: String, $rule: RecurrenceRuleInput!, $s: Date!,
  $e: Date, $c: Int, $m: RecurrenceMode! = SCHEDULE, $tz: String! = "UTC") {{
  taskRecurrencesCreate(templateTaskId: $t, projectId: $p, title: $title, rule: $rule,
    startsOn: $s, endsOn: $e, count: $c, mode: $m, timezone: $tz) {{
    result {{ {FIELDS} }} errors {{ code field message }} }} }}"""

UPDATE = f"""mutation($r: ID!, $rule: RecurrenceRuleInput, $paused: Boolean, $ce: Boolean! = false) {{
  taskRecurrencesUpdate(recurrenceId: $r, rule: $rule, paused: $paused, clearEndsOn: $ce) {{
    result {{ {FIELDS} }} errors {{ code field message }} }} }}"""


async def _create(api: GraphQLClient, token: str, **variables: Any) -> dict[str, Any]:
    payload: dict[str, Any] = (await api.data(token, CREATE, variables))["taskRecurrencesCreate"]
    return payload


async def test_create_list_get_update_occurrences_and_delete(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Finance")
    template = await create_task(api, workspace.token, project["id"], title="Pay rent")
    created = await _create(
        api,
        workspace.token,
        t=template["key"],
        rule={"frequency": "MONTHLY", "weekdays": ["TU"], "nth": 2},
        s="2031-01-01",
        e="2031-12-31",
        tz="Europe/Paris",
    )
    assert created["errors"] == []
    rule = created["result"]
    assert rule["title"] == "Pay rent" and rule["templateTaskId"] == template["id"]
    assert rule["rule"] == {
        "frequency": "MONTHLY",
        "interval": 1,
        "weekdays": ["TU"],
        "monthDay": None,
        "nth": 2,
        "month": None,
        "rrule": "FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU",
    }
    # The 2nd Tuesday of January 2031 is the 14th; it begins at 23:00 UTC on the 13th in Paris.
    assert rule["nextRunAt"] == "2031-01-13T23:00:00+00:00"

    listed = await api.data(
        workspace.token,
        "query($p: ID) { taskRecurrencesList(projectId: $p) { totalCount items { id } } }",
        {"p": project["id"]},
    )
    assert listed["taskRecurrencesList"]["items"] == [{"id": rule["id"]}]

    await TaskRecurrence.all().exclude(id=rule["id"]).update(next_run_at=None)
    assert await run_due(utc(2031, 1, 14, 8)) == 1
    occurrences = await api.data(
        workspace.token,
        """query($r: ID!) { taskRecurrencesOccurrencesList(recurrenceId: $r) {
            totalCount items { occurrenceKey dueOn task { title dueDate } } } }""",
        {"r": rule["id"]},
    )
    assert occurrences["taskRecurrencesOccurrencesList"]["items"] == [
        {
            "occurrenceKey": "2031-01-14",
            "dueOn": "2031-01-14",
            "task": {"title": "Pay rent", "dueDate": "2031-01-14"},
        }
    ]

    paused = (await api.data(workspace.token, UPDATE, {"r": rule["id"], "paused": True}))[
        "taskRecurrencesUpdate"
    ]["result"]
    assert (paused["paused"], paused["nextRunAt"]) == (True, None)

    deleted = await api.data(
        workspace.token,
        "mutation($r: ID!) { taskRecurrencesDelete(recurrenceId: $r) { result { id } errors { code } } }",
        {"r": rule["id"]},
    )
    assert deleted["taskRecurrencesDelete"] == {"result": {"id": rule["id"]}, "errors": []}
    gone = await api.execute(
        workspace.token,
        "query($r: ID!) { taskRecurrencesGet(recurrenceId: $r) { id } }",
        {"r": rule["id"]},
    )
    assert gone["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_refusals_come_back_as_payload_errors(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Ops")
    nth_without_day = await _create(
        api,
        workspace.token,
        p=project["id"],
        title="x",
        rule={"frequency": "MONTHLY", "nth": 2},
        s="2031-01-01",
    )
    assert nth_without_day["result"] is None
    assert nth_without_day["errors"] == [
        {
            "code": "INVALID",
            "field": "rule",
            "message": "nth needs exactly one weekday, e.g. nth=2 with weekdays=[TU].",
        }
    ]
    both_ends = await _create(
        api,
        workspace.token,
        p=project["id"],
        title="x",
        rule={"frequency": "DAILY"},
        s="2031-01-01",
        e="2031-02-01",
        c=3,
    )
    assert both_ends["errors"][0]["field"] == "count"
    guest = await workspace.add_member(Role.GUEST)
    forbidden = await _create(
        api, guest.token, p=project["id"], title="x", rule={"frequency": "DAILY"}, s="2031-01-01"
    )
    assert forbidden["errors"][0]["code"] == "FORBIDDEN"
