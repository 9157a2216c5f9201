"""Tenancy cases for task comments: another organization's tasks and comments are not found."""

from __future__ import annotations

from typing import Any

from tests.conftest import Workspace
from tests.support import GraphQLClient


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    data = await api.data(
        other_workspace.token,
        'mutation($t: ID!) { tasksCommentsAdd(taskId: $t, body: "Foreign") { result { id } } }',
        {"t": ids["task"]},
    )
    ids["comment"] = data["tasksCommentsAdd"]["result"]["id"]


CASES: list[tuple[str, str, Any]] = [
    (
        "tasksCommentsList",
        "query($t: ID!) { tasksCommentsList(taskId: $t) { totalCount } }",
        lambda f, o: {"t": f["task"]},
    ),
    (
        "tasksCommentsAdd",
        'mutation($t: ID!) { tasksCommentsAdd(taskId: $t, body: "x") { errors { code } } }',
        lambda f, o: {"t": f["task"]},
    ),
    (
        "tasksCommentsUpdate",
        'mutation($c: ID!) { tasksCommentsUpdate(commentId: $c, body: "x") { errors { code } } }',
        lambda f, o: {"c": f["comment"]},
    ),
    (
        "tasksCommentsDelete",
        "mutation($c: ID!) { tasksCommentsDelete(commentId: $c) { errors { code } } }",
        lambda f, o: {"c": f["comment"]},
    ),
]
