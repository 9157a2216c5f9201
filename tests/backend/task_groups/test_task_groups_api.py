"""Task groups over GraphQL as a board uses them: columns in order, and deleting one moves its cards."""

from __future__ import annotations

from typing import Any

from tests.backend.support import create_project
from tests.conftest import Workspace
from tests.support import GraphQLClient

LIST = "query($p: ID!) { taskGroupsList(projectId: $p) { id name position } }"
CREATE = """mutation($p: ID!, $n: String!, $at: Int) {
  taskGroupsCreate(projectId: $p, name: $n, position: $at) { result { id } errors { code field message } } }"""
REORDER = """mutation($p: ID!, $g: [ID!]!) {
  taskGroupsReorder(projectId: $p, groupIds: $g) { result { name position } errors { code field message } } }"""
DELETE = """mutation($g: ID!, $t: ID) {
  taskGroupsDelete(groupId: $g, moveTasksToGroupId: $t) { result { id } errors { code field message } } }"""
TASK = """mutation($p: ID!, $t: String!, $g: ID) {
  tasksCreate(projectId: $p, title: $t, groupId: $g) { result { id } errors { message } } }"""
COLUMN = """query($p: ID!, $g: ID) {
  tasksList(projectId: $p, groupId: $g) { items { title group { name } } } }"""


async def _group(api: GraphQLClient, token: str, project_id: str, name: str) -> str:
    data = await api.data(token, CREATE, {"p": project_id, "n": name})
    group_id: str = data["taskGroupsCreate"]["result"]["id"]
    return group_id


async def _names(api: GraphQLClient, token: str, project_id: str) -> list[Any]:
    data = await api.data(token, LIST, {"p": project_id})
    return [(g["name"], g["position"]) for g in data["taskGroupsList"]]


async def test_a_board_s_columns_are_created_reordered_and_deleted_with_their_cards_moved(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = (await create_project(api, workspace.token, "Board", key="BRD"))["id"]
    doing = await _group(api, workspace.token, project, "Doing")
    done = await _group(api, workspace.token, project, "Done")
    todo = (await api.data(workspace.token, CREATE, {"p": project, "n": "To do", "at": 0}))[
        "taskGroupsCreate"
    ]["result"]["id"]
    for title, group in (("d1", doing), ("x1", done), ("d2", doing)):
        await api.data(workspace.token, TASK, {"p": project, "t": title, "g": group})
    assert await _names(api, workspace.token, project) == [("To do", 0), ("Doing", 1), ("Done", 2)]

    reordered = await api.data(workspace.token, REORDER, {"p": project, "g": [doing, todo, done]})
    partial = await api.data(workspace.token, REORDER, {"p": project, "g": [doing, todo]})
    deleted = await api.data(workspace.token, DELETE, {"g": doing, "t": done})

    assert reordered["taskGroupsReorder"]["result"] == [
        {"name": "Doing", "position": 0},
        {"name": "To do", "position": 1},
        {"name": "Done", "position": 2},
    ]
    error = partial["taskGroupsReorder"]["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "group_ids")
    assert "'Done'" in error["message"]
    assert deleted["taskGroupsDelete"] == {"result": {"id": doing}, "errors": []}
    assert await _names(api, workspace.token, project) == [("To do", 0), ("Done", 1)]
    column = await api.data(workspace.token, COLUMN, {"p": project, "g": done})
    assert column["tasksList"]["items"] == [
        {"title": t, "group": {"name": "Done"}} for t in ("x1", "d1", "d2")
    ]
