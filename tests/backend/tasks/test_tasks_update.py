"""tasks_update: estimate, milestone and parent, each settable and clearable; no parent cycles."""

from __future__ import annotations

from backend.tasks.models import Task
from tests.backend.support import create_project
from tests.backend.tasks.support import created, make_milestone, update
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def test_estimate_milestone_and_parent_are_set_then_cleared(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Edits", key="EDT")
    milestone = await make_milestone(workspace, project["id"])
    parent = await created(api, workspace.token, project["id"])
    task = await created(api, workspace.token, project["id"])

    payload = await update(
        api,
        workspace.token,
        task["key"],
        estimateMinutes=45,
        milestoneId=milestone,
        parentTaskId=parent["key"],
    )
    assert payload["errors"] == []
    result = payload["result"]
    assert (result["estimateMinutes"], result["milestoneId"], result["parentTaskId"]) == (
        45,
        milestone,
        parent["id"],
    )

    payload = await update(
        api, workspace.token, task["id"], clearEstimate=True, clearMilestone=True, clearParent=True
    )
    result = payload["result"]
    assert (result["estimateMinutes"], result["milestoneId"], result["parentTaskId"]) == (
        None,
        None,
        None,
    )


async def test_a_parent_that_is_one_of_the_tasks_subtasks_is_refused_naming_the_cycle(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Tree", key="TREE")
    top = await created(api, workspace.token, project["id"])
    middle = await created(api, workspace.token, project["id"], parentTaskId=top["id"])
    bottom = await created(api, workspace.token, project["id"], parentTaskId=middle["id"])

    payload = await update(api, workspace.token, top["id"], parentTaskId=bottom["id"])

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "parent_task_id")
    assert "cycle" in error["message"]
    assert "TREE-3 → TREE-2 → TREE-1 → TREE-3" in error["message"]
    assert (await Task.get(id=top["id"])).parent_task_id is None


async def test_a_task_cannot_be_its_own_parent(api: GraphQLClient, workspace: Workspace) -> None:
    project = await create_project(api, workspace.token, "Self", key="SELF")
    task = await created(api, workspace.token, project["id"])

    payload = await update(api, workspace.token, task["id"], parentTaskId=task["key"])

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "parent_task_id")
    assert "its own parent" in error["message"]


async def test_moving_a_subtree_under_an_unrelated_task_is_allowed(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Forest", key="FRST")
    top = await created(api, workspace.token, project["id"])
    child = await created(api, workspace.token, project["id"], parentTaskId=top["id"])
    other = await created(api, workspace.token, project["id"])

    payload = await update(api, workspace.token, top["id"], parentTaskId=other["id"])

    assert payload["errors"] == []
    assert (await Task.get(id=child["id"])).parent_task_id is not None


async def test_a_milestone_of_another_space_is_refused_on_update(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Here", key="UHERE")
    elsewhere = await create_project(api, workspace.token, "There", key="UTHERE")
    milestone = await make_milestone(workspace, elsewhere["id"])
    task = await created(api, workspace.token, project["id"])

    payload = await update(api, workspace.token, task["id"], milestoneId=milestone)

    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "milestone_id")
    assert (await Task.get(id=task["id"])).milestone_id is None


async def test_an_estimate_out_of_range_is_refused_on_update(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Range", key="RNG")
    task = await created(api, workspace.token, project["id"], estimateMinutes=30)

    payload = await update(api, workspace.token, task["id"], estimateMinutes=100_001)

    assert payload["errors"][0]["field"] == "estimate_minutes"
    assert (await Task.get(id=task["id"])).estimate_minutes == 30
