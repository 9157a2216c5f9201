"""Tenancy cases for dependencies: another organization's tasks cannot be linked, listed or unlinked."""

from __future__ import annotations

from typing import Any

from tests.backend.test_graphql_api import create_task
from tests.conftest import Workspace
from tests.support import GraphQLClient

ADD = """mutation($t: ID!, $d: ID!) {
  tasksDependenciesAdd(taskId: $t, dependsOnTaskId: $d) { errors { code } } }"""
REMOVE = """mutation($t: ID!, $d: ID!) {
  tasksDependenciesRemove(taskId: $t, dependsOnTaskId: $d) { errors { code } } }"""


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    blocker = await create_task(api, other_workspace.token, ids["project"])
    data = await api.data(other_workspace.token, ADD, {"t": ids["task"], "d": blocker["id"]})
    assert data["tasksDependenciesAdd"]["errors"] == []
    ids["blocker"] = blocker["id"]


CASES: list[tuple[str, str, Any]] = [
    (
        "tasksDependenciesList",
        "query($t: ID!) { tasksDependenciesList(taskId: $t) { task { id } } }",
        lambda f, o: {"t": f["task"]},
    ),
    ("tasksDependenciesAdd", ADD, lambda f, o: {"t": f["task"], "d": o["task"]}),
    ("tasksDependenciesAdd(depends_on)", ADD, lambda f, o: {"t": o["task"], "d": f["blocker"]}),
    ("tasksDependenciesRemove", REMOVE, lambda f, o: {"t": f["task"], "d": f["blocker"]}),
    (
        "tasksDependenciesRemove(depends_on)",
        REMOVE,
        lambda f, o: {"t": o["task"], "d": f["blocker"]},
    ),
]
