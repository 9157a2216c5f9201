"""Tenancy cases for checklists: another organization's tasks and items are not found."""

from __future__ import annotations

from typing import Any

from tests.conftest import Workspace
from tests.support import GraphQLClient


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    data = await api.data(
        other_workspace.token,
        'mutation($t: ID!) { tasksChecklistAdd(taskId: $t, text: "Foreign") { result { id } } }',
        {"t": ids["task"]},
    )
    ids["checklist_item"] = data["tasksChecklistAdd"]["result"]["id"]


CASES: list[tuple[str, str, Any]] = [
    (
        "tasksChecklistList",
        "query($t: ID!) { tasksChecklistList(taskId: $t) { totalCount } }",
        lambda f, o: {"t": f["task"]},
    ),
    (
        "tasksChecklistAdd",
        'mutation($t: ID!) { tasksChecklistAdd(taskId: $t, text: "x") { errors { code } } }',
        lambda f, o: {"t": f["task"]},
    ),
    (
        "tasksChecklistUpdate",
        "mutation($i: ID!) { tasksChecklistUpdate(itemId: $i, done: true) { errors { code } } }",
        lambda f, o: {"i": f["checklist_item"]},
    ),
    (
        "tasksChecklistReorder",
        "mutation($t: ID!, $i: [ID!]!) { tasksChecklistReorder(taskId: $t, itemIds: $i) { errors { code } } }",
        lambda f, o: {"t": f["task"], "i": [f["checklist_item"]]},
    ),
    (
        "tasksChecklistReorder(items)",
        "mutation($t: ID!, $i: [ID!]!) { tasksChecklistReorder(taskId: $t, itemIds: $i) { errors { code } } }",
        lambda f, o: {"t": o["task"], "i": [f["checklist_item"]]},
    ),
    (
        "tasksChecklistDelete",
        "mutation($i: ID!) { tasksChecklistDelete(itemId: $i) { errors { code } } }",
        lambda f, o: {"i": f["checklist_item"]},
    ),
]
