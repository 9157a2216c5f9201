"""tasks_labels_add / tasks_labels_remove: idempotent add, remove only what is there, events."""

from __future__ import annotations

from backend.tasks import service
from backend.tasks.models import TaskLabel
from subscriptions import EventMessage
from tests.backend.support import create_project
from tests.backend.tasks.support import created, make_label
from tests.conftest import Workspace
from tests.support import GraphQLClient

ADD = """mutation($t: ID!, $l: ID!) { tasksLabelsAdd(taskId: $t, labelId: $l) {
  result { id labels { id name } } errors { code field message } } }"""
REMOVE = """mutation($t: ID!, $l: ID!) { tasksLabelsRemove(taskId: $t, labelId: $l) {
  result { id labels { id name } } errors { code field message } } }"""


async def test_adding_a_label_twice_keeps_one_and_publishes_once(
    api: GraphQLClient, workspace: Workspace, published: list[EventMessage]
) -> None:
    project = await create_project(api, workspace.token, "Labels", key="LAB")
    task = await created(api, workspace.token, project["id"])
    bug = await make_label(workspace, "Bug")

    first = await api.data(workspace.token, ADD, {"t": task["key"], "l": bug})
    second = await api.data(workspace.token, ADD, {"t": task["id"], "l": bug})

    assert first["tasksLabelsAdd"]["result"]["labels"] == [{"id": bug, "name": "Bug"}]
    assert second["tasksLabelsAdd"]["result"]["labels"] == [{"id": bug, "name": "Bug"}]
    assert await TaskLabel.filter(task_id=task["id"]).count() == 1
    # Through the service in this process, so the published events can be seen.
    await service.add_label(workspace.principal(), task_id=task["id"], label_id=bug)
    assert published == []
    ui = await make_label(workspace, "UI")
    await service.add_label(workspace.principal(), task_id=task["id"], label_id=ui)
    await service.remove_label(workspace.principal(), task_id=task["id"], label_id=ui)
    assert [e.type for e in published] == ["task.labeled", "task.unlabeled"]
    assert {e.entity_id for e in published} == {task["id"]}


async def test_removing_a_label_takes_it_off(api: GraphQLClient, workspace: Workspace) -> None:
    project = await create_project(api, workspace.token, "Remove", key="REM")
    bug = await make_label(workspace, "Bug")
    task = await created(api, workspace.token, project["id"], labelIds=[bug])

    data = await api.data(workspace.token, REMOVE, {"t": task["id"], "l": bug})

    assert data["tasksLabelsRemove"] == {"result": {"id": task["id"], "labels": []}, "errors": []}


async def test_removing_a_label_the_task_does_not_have_is_not_found(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Absent", key="ABS")
    task = await created(api, workspace.token, project["id"])
    bug = await make_label(workspace, "Bug")

    data = await api.data(workspace.token, REMOVE, {"t": task["id"], "l": bug})

    error = data["tasksLabelsRemove"]["errors"][0]
    assert (error["code"], error["field"]) == ("NOT_FOUND", "label_id")
    assert "not on this task" in error["message"]


async def test_labels_on_a_task_of_an_archived_space_are_refused(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Frozen", key="FRZ")
    task = await created(api, workspace.token, project["id"])
    bug = await make_label(workspace, "Bug")
    await api.data(
        workspace.token,
        "mutation($p: ID!) { projectsArchive(projectId: $p) { errors { code } } }",
        {"p": project["id"]},
    )

    data = await api.data(workspace.token, ADD, {"t": task["id"], "l": bug})

    assert data["tasksLabelsAdd"]["errors"][0]["code"] == "CONFLICT"
    assert await TaskLabel.filter(task_id=task["id"]).count() == 0
