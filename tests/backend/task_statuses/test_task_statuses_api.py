"""Workflow statuses over GraphQL, as frontends and assistants see them: completion times,
auto-advance on timer start, loop refusal, project workflows, reorder and delete with replacement."""

from __future__ import annotations

from typing import Any

from backend.core.permissions import Role
from tests.backend.support import create_project, create_task
from tests.conftest import Workspace
from tests.support import GraphQLClient

FIELDS = "id name color position isTerminal progress projectId autoAdvanceOn autoAdvanceToStatusId"

LIST = f"query($p: ID) {{ taskStatusesList(projectId: $p) {{ {FIELDS} }} }}"

CREATE = f"""
mutation($name: String!, $terminal: Boolean! = false, $projectId: ID, $on: AutoAdvanceTrigger, $to: ID) {{
  taskStatusesCreate(name: $name, isTerminal: $terminal, projectId: $projectId, autoAdvanceOn: $on, autoAdvanceToStatusId: $to) {{
    result {{ {FIELDS} }} errors {{ code field message }}
  }}
}}"""

UPDATE = f"""
mutation($id: ID!, $on: AutoAdvanceTrigger, $to: ID, $clear: Boolean! = false) {{
  taskStatusesUpdate(statusId: $id, autoAdvanceOn: $on, autoAdvanceToStatusId: $to, clearAutoAdvance: $clear) {{
    result {{ {FIELDS} }} errors {{ code field message }}
  }}
}}"""

REORDER = f"""
mutation($ids: [ID!]!, $projectId: ID) {{
  taskStatusesReorder(statusIds: $ids, projectId: $projectId) {{
    result {{ {FIELDS} }} errors {{ code field message }}
  }}
}}"""

DELETE = f"""
mutation($id: ID!, $replacement: ID!) {{
  taskStatusesDelete(statusId: $id, replacementStatusId: $replacement) {{
    result {{ {FIELDS} }} errors {{ code field message }}
  }}
}}"""

SET_STATUS = """
mutation($t: ID!, $s: ID!) {
  tasksSetStatus(taskId: $t, statusId: $s) { result { completedAt status { name } } errors { code message } }
}"""

TASK = "query($t: ID!) { tasksGet(taskId: $t) { completedAt status { name } } }"


async def _statuses(
    api: GraphQLClient, token: str, project_id: str | None = None
) -> dict[str, dict[str, Any]]:
    rows = (await api.data(token, LIST, {"p": project_id}))["taskStatusesList"]
    return {row["name"]: row for row in rows}


async def _payload(
    api: GraphQLClient, token: str, document: str, variables: dict[str, Any]
) -> dict[str, Any]:
    data = await api.data(token, document, variables)
    (payload,) = data.values()
    result: dict[str, Any] = payload
    return result


async def _ok(api: GraphQLClient, token: str, document: str, variables: dict[str, Any]) -> Any:
    payload = await _payload(api, token, document, variables)
    assert payload["errors"] == [], payload
    return payload["result"]


async def test_entering_a_terminal_status_sets_the_completion_time_and_leaving_clears_it(
    api: GraphQLClient, workspace: Workspace
) -> None:
    token = workspace.token
    wont_do = await _ok(api, token, CREATE, {"name": "Won't do", "terminal": True})
    assert (wont_do["isTerminal"], wont_do["progress"], wont_do["position"]) == (True, 100, 3)
    statuses = await _statuses(api, token)
    project = await create_project(api, token)
    task = await create_task(api, token, project["id"])

    done = await _ok(api, token, SET_STATUS, {"t": task["id"], "s": statuses["Done"]["id"]})
    assert done["completedAt"] is not None
    reopened = await _ok(
        api, token, SET_STATUS, {"t": task["id"], "s": statuses["In progress"]["id"]}
    )
    assert (reopened["completedAt"], reopened["status"]["name"]) == (None, "In progress")
    dropped = await _ok(api, token, SET_STATUS, {"t": task["id"], "s": wont_do["id"]})
    assert dropped["completedAt"] is not None


async def test_starting_a_timer_auto_advances_the_task_from_to_do_to_in_progress(
    api: GraphQLClient, workspace: Workspace
) -> None:
    token = workspace.token
    statuses = await _statuses(api, token)
    configured = await _ok(
        api,
        token,
        UPDATE,
        {
            "id": statuses["To do"]["id"],
            "on": "TIMER_STARTED",
            "to": statuses["In progress"]["id"],
        },
    )
    assert configured["autoAdvanceOn"] == "TIMER_STARTED"
    assert configured["autoAdvanceToStatusId"] == statuses["In progress"]["id"]
    project = await create_project(api, token)
    task = await create_task(api, token, project["id"])
    assert task["status"]["name"] == "To do"

    started = await _payload(
        api,
        token,
        "mutation($t: ID) { timeStartTimer(taskId: $t) { result { id } errors { message } } }",
        {"t": task["id"]},
    )

    assert started["errors"] == []
    after = (await api.data(token, TASK, {"t": task["id"]}))["tasksGet"]
    assert after == {"completedAt": None, "status": {"name": "In progress"}}


async def test_a_transition_that_would_loop_is_refused_with_the_loop_named(
    api: GraphQLClient, workspace: Workspace
) -> None:
    token = workspace.token
    statuses = await _statuses(api, token)
    todo, doing = statuses["To do"]["id"], statuses["In progress"]["id"]
    await _ok(api, token, UPDATE, {"id": todo, "on": "TIMER_STARTED", "to": doing})

    payload = await _payload(api, token, UPDATE, {"id": doing, "on": "TIMER_STARTED", "to": todo})

    assert payload["result"] is None
    (error,) = payload["errors"]
    assert (error["code"], error["field"]) == ("INVALID", "auto_advance_on")
    assert "'In progress' → 'To do' → 'In progress'" in error["message"]
    assert (await _statuses(api, token))["In progress"]["autoAdvanceToStatusId"] is None
    cleared = await _ok(api, token, UPDATE, {"id": todo, "clear": True})
    assert (cleared["autoAdvanceOn"], cleared["autoAdvanceToStatusId"]) == (None, None)


async def test_a_project_workflow_is_listed_for_its_project_and_reordered_there(
    api: GraphQLClient, workspace: Workspace
) -> None:
    token = workspace.token
    project = await create_project(api, token)
    assert list(await _statuses(api, token, project["id"])) == ["To do", "In progress", "Done"]

    triage = await _ok(api, token, CREATE, {"name": "Triage", "projectId": project["id"]})
    fixed = await _ok(
        api, token, CREATE, {"name": "Fixed", "terminal": True, "projectId": project["id"]}
    )
    assert triage["projectId"] == project["id"]
    reordered = await _ok(
        api, token, REORDER, {"ids": [fixed["id"], triage["id"]], "projectId": project["id"]}
    )

    assert [(s["name"], s["position"]) for s in reordered] == [("Fixed", 0), ("Triage", 1)]
    assert list(await _statuses(api, token, project["id"])) == ["Fixed", "Triage"]
    assert list(await _statuses(api, token)) == ["To do", "In progress", "Done"]
    missing = await _payload(
        api, token, REORDER, {"ids": [fixed["id"]], "projectId": project["id"]}
    )
    assert missing["errors"][0]["field"] == "status_ids"
    assert "missing: 'Triage'" in missing["errors"][0]["message"]


async def test_deleting_a_status_moves_its_tasks_to_the_replacement(
    api: GraphQLClient, workspace: Workspace
) -> None:
    token = workspace.token
    review = await _ok(api, token, CREATE, {"name": "Review"})
    statuses = await _statuses(api, token)
    project = await create_project(api, token)
    tasks = [await create_task(api, token, project["id"]) for _ in range(2)]
    for task in tasks:
        await _ok(api, token, SET_STATUS, {"t": task["id"], "s": review["id"]})

    deleted = await _ok(
        api, token, DELETE, {"id": review["id"], "replacement": statuses["In progress"]["id"]}
    )

    assert deleted["id"] == review["id"]
    for task in tasks:
        moved = (await api.data(token, TASK, {"t": task["id"]}))["tasksGet"]
        assert moved["status"]["name"] == "In progress"
    assert list(await _statuses(api, token)) == ["To do", "In progress", "Done"]


async def test_members_cannot_change_the_workflow(api: GraphQLClient, workspace: Workspace) -> None:
    member = await workspace.add_member(Role.MEMBER)

    payload = await _payload(api, member.token, CREATE, {"name": "Review"})

    assert payload["errors"][0]["code"] == "FORBIDDEN"
    assert "manage_projects" in payload["errors"][0]["message"]
    assert "Review" not in await _statuses(api, member.token)
