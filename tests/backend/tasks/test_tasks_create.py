"""tasks_create: groups, labels, milestones and parents of the same Space; subtasks; estimates."""

from __future__ import annotations

from backend.core.permissions import Role
from backend.tasks.models import Task
from tests.backend.support import create_project
from tests.backend.tasks.support import (
    create,
    created,
    make_group,
    make_label,
    make_milestone,
)
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def test_a_task_is_created_with_its_group_labels_milestone_estimate_and_parent(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Board", key="BRD")
    group = await make_group(workspace, project["id"], "Doing")
    bug, ui = await make_label(workspace, "Bug"), await make_label(workspace, "UI")
    milestone = await make_milestone(workspace, project["id"], "Beta")
    parent = await created(api, workspace.token, project["id"])

    task = await created(
        api,
        workspace.token,
        project["id"],
        groupId=group,
        labelIds=[ui, bug, bug],
        milestoneId=milestone,
        estimateMinutes=90,
        parentTaskId=parent["key"],
    )

    assert (task["groupId"], task["group"]["name"]) == (group, "Doing")
    assert [label["name"] for label in task["labels"]] == ["Bug", "UI"]
    assert (task["milestoneId"], task["milestone"]["title"]) == (milestone, "Beta")
    assert task["estimateMinutes"] == 90
    assert task["parentTask"] == {"id": parent["id"], "key": parent["key"]}
    assert task["subtaskCount"] == 0
    again = await created(api, workspace.token, project["id"], parentTaskId=parent["id"])
    assert again["parentTaskId"] == parent["id"]
    assert await Task.filter(parent_task_id=parent["id"]).count() == 2


async def test_a_new_task_goes_to_the_end_of_its_column(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Columns", key="COL")
    group = await make_group(workspace, project["id"])
    first = await created(api, workspace.token, project["id"], groupId=group)
    second = await created(api, workspace.token, project["id"], groupId=group)
    ungrouped = await created(api, workspace.token, project["id"])
    assert first["position"] < second["position"]
    assert ungrouped["position"] == 0


async def test_a_group_of_another_space_is_refused_on_the_group_field(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Here", key="HERE")
    elsewhere = await create_project(api, workspace.token, "There", key="THERE")
    group = await make_group(workspace, elsewhere["id"], "Their column")

    payload = await create(api, workspace.token, project["id"], groupId=group)

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "group_id")
    assert "another Space" in error["message"] and "task_groups_list" in error["message"]
    assert await Task.filter(project_id=project["id"]).count() == 0


async def test_a_milestone_of_another_space_is_refused_on_the_milestone_field(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Here", key="MHERE")
    elsewhere = await create_project(api, workspace.token, "There", key="MTHERE")
    milestone = await make_milestone(workspace, elsewhere["id"])

    payload = await create(api, workspace.token, project["id"], milestoneId=milestone)

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "milestone_id")
    assert "another Space" in error["message"]
    assert await Task.filter(project_id=project["id"]).count() == 0


async def test_a_parent_in_another_space_is_refused(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Here", key="PHERE")
    elsewhere = await create_project(api, workspace.token, "There", key="PTHERE")
    foreign_parent = await created(api, workspace.token, elsewhere["id"])

    payload = await create(api, workspace.token, project["id"], parentTaskId=foreign_parent["id"])

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "parent_task_id")
    assert await Task.filter(project_id=project["id"]).count() == 0


async def test_an_unknown_label_is_not_found_and_creates_nothing(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Labels", key="LBL")
    bug = await make_label(workspace, "Bug")
    missing = "00000000-0000-4000-8000-000000000000"

    payload = await create(api, workspace.token, project["id"], labelIds=[bug, missing])

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("NOT_FOUND", "label_ids")
    assert missing in error["message"]
    assert await Task.filter(project_id=project["id"]).count() == 0


async def test_estimate_must_be_between_0_and_100000_minutes(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Estimates", key="EST")
    for bad in (-1, 100_001):
        payload = await create(api, workspace.token, project["id"], estimateMinutes=bad)
        error = payload["errors"][0]
        assert (error["code"], error["field"]) == ("INVALID", "estimate_minutes"), bad
    for good in (0, 100_000):
        task = await created(api, workspace.token, project["id"], estimateMinutes=good)
        assert task["estimateMinutes"] == good


async def test_a_guest_cannot_create_tasks(api: GraphQLClient, workspace: Workspace) -> None:
    project = await create_project(api, workspace.token, "Guests", key="GST")
    guest = await workspace.add_member(Role.GUEST)
    await api.data(
        workspace.token,
        "mutation($p: ID!, $u: ID!) { projectsMembersAdd(projectId: $p, userId: $u) { errors { code } } }",
        {"p": project["id"], "u": guest.user_id},
    )
    payload = await create(api, guest.token, project["id"])
    assert payload["errors"][0]["code"] == "FORBIDDEN"
