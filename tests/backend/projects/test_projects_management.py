"""Spaces beyond the core: rates and budget, statistics, deletion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from backend.core.permissions import Role
from backend.time.models import TimeEntry
from tests.backend.support import create_project, create_task
from tests.conftest import Workspace
from tests.support import GraphQLClient

STATS = """query($p: ID!) { projectsStats(projectId: $p) {
  taskCount completedTaskCount overdueTaskCount progressPercent
  byStatus { name taskCount progress } trackedSeconds billableSeconds budgetHours budgetUsedPercent billableAmount } }"""
ADD_MEMBER = """mutation($p: ID!, $u: ID!, $r: Decimal) {
  projectsMembersAdd(projectId: $p, userId: $u, hourlyRate: $r) { result { hourlyRate } errors { code message } } }"""
CREATE = """mutation($name: String!, $rate: Decimal, $budget: Decimal) {
  projectsCreate(name: $name, hourlyRate: $rate, budgetHours: $budget) { result { id hourlyRate budgetHours } errors { message } } }"""
SET_STATUS = (
    "mutation($t: ID!, $s: ID!) { tasksSetStatus(taskId: $t, statusId: $s) { errors { message } } }"
)


async def _entry(
    workspace: Workspace, user_id: str, project_id: str, hours: int, *, billable: bool = True
) -> None:
    started = datetime(2026, 11, 2, 9, tzinfo=UTC)
    await TimeEntry.create(
        organization_id=workspace.organization_id,
        user_id=user_id,
        project_id=project_id,
        started_at=started,
        ended_at=started + timedelta(hours=hours),
        billable=billable,
    )


async def test_stats_count_tasks_progress_time_budget_and_billable_amount(
    api: GraphQLClient, workspace: Workspace
) -> None:
    created = await api.data(
        workspace.token, CREATE, {"name": "Stats", "rate": "100", "budget": "10"}
    )
    project = created["projectsCreate"]["result"]
    assert (project["hourlyRate"], project["budgetHours"]) == ("100.00", "10.00")
    tasks = [await create_task(api, workspace.token, project["id"]) for _ in range(3)]
    await create_task(api, workspace.token, project["id"], dueDate="2020-01-01")
    statuses = (await api.data(workspace.token, "{ taskStatusesList { id name isTerminal } }"))[
        "taskStatusesList"
    ]
    done = next(s for s in statuses if s["isTerminal"])
    await api.data(workspace.token, SET_STATUS, {"t": tasks[0]["id"], "s": done["id"]})
    member = await workspace.add_member(Role.MEMBER)
    added = await api.data(
        workspace.token, ADD_MEMBER, {"p": project["id"], "u": member.user_id, "r": "150"}
    )
    assert added["projectsMembersAdd"]["result"]["hourlyRate"] == "150.00"
    await _entry(workspace, workspace.user_id, project["id"], 1)
    await _entry(workspace, member.user_id, project["id"], 2)
    await _entry(workspace, member.user_id, project["id"], 1, billable=False)

    stats = (await api.data(workspace.token, STATS, {"p": project["id"]}))["projectsStats"]

    assert (stats["taskCount"], stats["completedTaskCount"], stats["overdueTaskCount"]) == (4, 1, 1)
    assert Decimal(stats["progressPercent"]) == Decimal("25.00")  # (0 + 0 + 0 + 100) / 4
    assert {s["name"]: s["taskCount"] for s in stats["byStatus"]} == {
        "To do": 3,
        "In progress": 0,
        "Done": 1,
    }
    assert (stats["trackedSeconds"], stats["billableSeconds"]) == (4 * 3600, 3 * 3600)
    assert Decimal(stats["budgetUsedPercent"]) == Decimal("40.00"), stats
    assert Decimal(stats["billableAmount"]) == Decimal(
        "400.00"
    )  # 1h x 100 (Space rate) + 2h x 150 (member rate)

    as_member = (await api.data(member.token, STATS, {"p": project["id"]}))["projectsStats"]
    assert as_member["billableAmount"] is None and as_member["trackedSeconds"] == 4 * 3600


async def test_rates_are_hidden_without_view_rates_and_set_only_with_it(
    api: GraphQLClient, workspace: Workspace
) -> None:
    created = await api.data(workspace.token, CREATE, {"name": "Rates", "rate": "90"})
    project = created["projectsCreate"]["result"]
    member = await workspace.add_member(Role.MEMBER)
    seen = await api.data(
        member.token,
        "query($p: ID!) { projectsGet(projectId: $p) { hourlyRate } }",
        {"p": project["id"]},
    )
    assert seen["projectsGet"]["hourlyRate"] is None
    manager = await workspace.add_member(Role.MANAGER)
    update = """mutation($p: ID!) { projectsUpdate(projectId: $p, clearHourlyRate: true, budgetHours: "12.5") {
        result { hourlyRate budgetHours } errors { code message } } }"""
    updated = (await api.data(manager.token, update, {"p": project["id"]}))["projectsUpdate"]
    assert updated["errors"] == [] and updated["result"] == {
        "hourlyRate": None,
        "budgetHours": "12.50",
    }
    refused = await api.data(
        workspace.token,
        'mutation { projectsCreate(name: "Neg", hourlyRate: "-1") { errors { field } } }',
    )
    assert refused["projectsCreate"]["errors"] == [{"field": "hourly_rate"}]


async def test_delete_removes_the_space_and_its_tasks_but_keeps_tracked_time(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Doomed")
    task = await create_task(api, workspace.token, project["id"])
    await _entry(workspace, workspace.user_id, project["id"], 1)
    member = await workspace.add_member(Role.MEMBER)
    delete = "mutation($p: ID!) { projectsDelete(projectId: $p) { result { id } errors { code } } }"
    assert (await api.data(member.token, delete, {"p": project["id"]}))["projectsDelete"][
        "errors"
    ] == [{"code": "FORBIDDEN"}]

    deleted = await api.data(workspace.token, delete, {"p": project["id"]})

    assert deleted["projectsDelete"]["result"]["id"] == project["id"]
    gone = await api.execute(
        workspace.token, "query($t: ID!) { tasksGet(taskId: $t) { id } }", {"t": task["id"]}
    )
    assert gone["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    kept = await TimeEntry.filter(
        organization_id=workspace.organization_id, user_id=workspace.user_id
    )
    assert len(kept) == 1 and kept[0].project_id is None
