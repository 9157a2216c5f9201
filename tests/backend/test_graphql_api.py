"""The service-core GraphQL API end to end: projects, tasks, time, paging and typed errors."""

from __future__ import annotations

from backend.core.permissions import Role
from tests.backend.support import (
    PROJECTS_CREATE,
    PROJECTS_LIST,
    TASKS_CREATE,
    TASKS_GET,
    create_project,
    create_task,
)
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def test_project_key_is_derived_and_tasks_get_human_keys(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Web Site")
    assert project["key"] == "WS"
    first = await create_task(api, workspace.token, project["id"])
    second = await create_task(api, workspace.token, project["id"])
    assert (first["key"], second["key"]) == ("WS-1", "WS-2")
    by_key = await api.data(workspace.token, TASKS_GET, {"taskId": "ws-2"})
    assert by_key["tasksGet"]["id"] == second["id"]
    assert first["status"]["name"] == "To do"


async def test_start_date_after_due_date_is_refused_with_a_clear_error(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token)
    data = await api.data(
        workspace.token,
        TASKS_CREATE,
        {
            "projectId": project["id"],
            "title": "x",
            "startDate": "2026-12-10",
            "dueDate": "2026-12-01",
        },
    )
    error = data["tasksCreate"]["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "start_date")
    assert "after due_date" in error["message"]
    assert data["tasksCreate"]["result"] is None


async def test_task_update_set_status_assign_and_delete(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token)
    task = await create_task(api, workspace.token, project["id"], dueDate="2026-12-01")
    update = """mutation($id: ID!) { tasksUpdate(taskId: $id, title: "Renamed", startDate: "2026-11-30", clearDueDate: true) {
        result { title startDate dueDate } errors { message } } }"""
    updated = (await api.data(workspace.token, update, {"id": task["id"]}))["tasksUpdate"]["result"]
    assert updated == {"title": "Renamed", "startDate": "2026-11-30", "dueDate": None}

    statuses = (await api.data(workspace.token, "{ taskStatusesList { id name isTerminal } }"))[
        "taskStatusesList"
    ]
    done = next(s for s in statuses if s["isTerminal"])
    set_status = "mutation($t: ID!, $s: ID!) { tasksSetStatus(taskId: $t, statusId: $s) { result { completedAt status { name } } errors { message } } }"
    completed = (await api.data(workspace.token, set_status, {"t": task["id"], "s": done["id"]}))[
        "tasksSetStatus"
    ]["result"]
    assert completed["status"]["name"] == "Done" and completed["completedAt"] is not None

    member = await workspace.add_member(Role.MEMBER)
    assign = "mutation($t: ID!, $u: ID!) { tasksAssign(taskId: $t, userId: $u) { result { assignees { id } } errors { message } } }"
    assigned = (await api.data(workspace.token, assign, {"t": task["key"], "u": member.user_id}))[
        "tasksAssign"
    ]["result"]
    assert [a["id"] for a in assigned["assignees"]] == [member.user_id]

    delete = "mutation($t: ID!) { tasksDelete(taskId: $t) { result { id } errors { message } } }"
    assert (await api.data(workspace.token, delete, {"t": task["id"]}))["tasksDelete"]["result"][
        "id"
    ] == task["id"]
    gone = await api.execute(workspace.token, TASKS_GET, {"taskId": task["id"]})
    assert gone["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_lists_page_with_opaque_cursor_and_total(
    api: GraphQLClient, workspace: Workspace
) -> None:
    for index in range(5):
        await create_project(api, workspace.token, f"Project {index}")
    seen: list[str] = []
    cursor = None
    while True:
        page = (await api.data(workspace.token, PROJECTS_LIST, {"limit": 2, "cursor": cursor}))[
            "projectsList"
        ]
        assert page["totalCount"] == 5
        seen += [item["name"] for item in page["items"]]
        cursor = page["nextCursor"]
        if cursor is None:
            break
    assert seen == [f"Project {i}" for i in range(5)]


async def test_limit_over_200_is_refused(api: GraphQLClient, workspace: Workspace) -> None:
    body = await api.execute(workspace.token, PROJECTS_LIST, {"limit": 201})
    assert body["errors"][0]["extensions"]["code"] == "INVALID"
    assert "between 1 and 200" in body["errors"][0]["message"]


async def test_archived_project_is_read_only(api: GraphQLClient, workspace: Workspace) -> None:
    project = await create_project(api, workspace.token)
    archive = "mutation($p: ID!) { projectsArchive(projectId: $p) { result { archived } errors { message } } }"
    assert (await api.data(workspace.token, archive, {"p": project["id"]}))["projectsArchive"][
        "result"
    ]["archived"]
    data = await api.data(workspace.token, TASKS_CREATE, {"projectId": project["id"], "title": "x"})
    error = data["tasksCreate"]["errors"][0]
    assert error["code"] == "CONFLICT" and "projects_unarchive" in error["message"]


async def test_private_space_is_invisible_to_non_members(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Secret", visibility="PRIVATE")
    member = await workspace.add_member(Role.MEMBER)
    listed = (await api.data(member.token, PROJECTS_LIST))["projectsList"]["items"]
    assert project["id"] not in [p["id"] for p in listed]
    body = await api.execute(
        member.token, "query($p: ID!) { projectsGet(projectId: $p) { id } }", {"p": project["id"]}
    )
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    add = "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { message } } }"
    assert (await api.data(workspace.token, add, {"p": project["id"], "u": member.user_id}))[
        "projectsMembersAdd"
    ]["errors"] == []
    listed = (await api.data(member.token, PROJECTS_LIST))["projectsList"]["items"]
    assert project["id"] in [p["id"] for p in listed]


async def test_timer_start_stop_and_entries(api: GraphQLClient, workspace: Workspace) -> None:
    project = await create_project(api, workspace.token)
    task = await create_task(api, workspace.token, project["id"])
    start = "mutation($t: ID) { timeStartTimer(taskId: $t) { result { id running project { id } } errors { code message } } }"
    started = (await api.data(workspace.token, start, {"t": task["key"]}))["timeStartTimer"]
    assert started["result"]["running"] and started["result"]["project"]["id"] == project["id"]
    again = (await api.data(workspace.token, start, {"t": None}))["timeStartTimer"]
    assert (
        again["errors"][0]["code"] == "CONFLICT"
        and "time_stop_timer" in again["errors"][0]["message"]
    )
    current = (await api.data(workspace.token, "{ timeCurrentTimer { id } }"))["timeCurrentTimer"]
    assert current["id"] == started["result"]["id"]
    stopped = await api.data(
        workspace.token,
        "mutation { timeStopTimer { result { running endedAt } errors { message } } }",
    )
    assert stopped["timeStopTimer"]["result"]["running"] is False
    assert (await api.data(workspace.token, "{ timeCurrentTimer { id } }"))[
        "timeCurrentTimer"
    ] is None

    create = """mutation { timeEntriesCreate(startedAt: "2026-11-20T09:00:00Z", durationMinutes: 90, description: "Review") {
        result { id durationSeconds } errors { message } } }"""
    entry = (await api.data(workspace.token, create))["timeEntriesCreate"]["result"]
    assert entry["durationSeconds"] == 5400
    listed = (await api.data(workspace.token, "{ timeEntriesList { items { id } totalCount } }"))[
        "timeEntriesList"
    ]
    assert (
        listed["totalCount"] == 2 and listed["items"][0]["id"] == started["result"]["id"]
    )  # newest first


async def test_invalid_input_is_reported_without_writing(
    api: GraphQLClient, workspace: Workspace
) -> None:
    data = await api.data(workspace.token, PROJECTS_CREATE, {"name": "Bad key", "key": "1!"})
    error = data["projectsCreate"]["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "key")
    listed = (await api.data(workspace.token, PROJECTS_LIST))["projectsList"]
    assert listed["totalCount"] == 0
