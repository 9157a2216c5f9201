"""tasks_move and tasks_reorder: board order per column, dense and stable under concurrency."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest

from backend.core.errors import Invalid
from backend.tasks import service
from backend.tasks.models import Task
from subscriptions import EventMessage
from tests.backend.support import create_project
from tests.backend.tasks.support import created, make_group
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient

MOVE = """mutation($t: ID!, $g: ID, $p: Int) { tasksMove(taskId: $t, groupId: $g, position: $p) {
  result { key groupId position } errors { code field message } } }"""
REORDER = """mutation($g: ID, $ids: [ID!]!) { tasksReorder(groupId: $g, taskIds: $ids) {
  result { key position } errors { code field message } } }"""


async def _column(project_id: str, group_id: str | None) -> list[tuple[int, int]]:
    """(number, position) of a column's tasks, in board order."""
    rows = await Task.filter(project_id=project_id, group_id=group_id).order_by("position", "id")
    return [(t.number, t.position) for t in rows]


async def _board(
    api: GraphQLClient, workspace: Workspace, key: str, count: int
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    project = await create_project(api, workspace.token, key.title(), key=key)
    tasks = [await created(api, workspace.token, project["id"]) for _ in range(count)]
    return project, tasks


async def test_moving_within_a_column_renumbers_it_densely(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project, tasks = await _board(api, workspace, "MOVE", 4)

    data = await api.data(workspace.token, MOVE, {"t": tasks[3]["key"], "p": 0})

    assert data["tasksMove"]["errors"] == []
    assert await _column(project["id"], None) == [(4, 0), (1, 1), (2, 2), (3, 3)]


async def test_moving_into_a_group_puts_the_task_at_the_index_given(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project, tasks = await _board(api, workspace, "INTO", 2)
    group = await make_group(workspace, project["id"])
    x = await created(api, workspace.token, project["id"], groupId=group)
    y = await created(api, workspace.token, project["id"], groupId=group)

    data = await api.data(workspace.token, MOVE, {"t": tasks[0]["id"], "g": group, "p": 1})

    assert data["tasksMove"]["result"] == {
        "key": tasks[0]["key"],
        "groupId": group,
        "position": 1,
    }
    assert [n for n, _ in await _column(project["id"], group)] == [x["number"], 1, y["number"]]
    assert [n for n, _ in await _column(project["id"], None)] == [2]


async def test_without_a_position_or_past_the_end_the_task_goes_last(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project, tasks = await _board(api, workspace, "LAST", 3)

    await api.data(workspace.token, MOVE, {"t": tasks[0]["id"]})
    assert [n for n, _ in await _column(project["id"], None)] == [2, 3, 1]
    await api.data(workspace.token, MOVE, {"t": tasks[1]["id"], "p": 99})
    assert [n for n, _ in await _column(project["id"], None)] == [3, 1, 2]


async def test_without_group_id_a_task_stays_in_its_column_and_clear_group_ungroups_it(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project, _ = await _board(api, workspace, "OUT", 1)
    group = await make_group(workspace, project["id"])
    first = await created(api, workspace.token, project["id"], groupId=group)
    second = await created(api, workspace.token, project["id"], groupId=group)

    stayed = await api.data(workspace.token, MOVE, {"t": second["id"], "p": 0})
    assert stayed["tasksMove"]["result"]["groupId"] == group
    assert [n for n, _ in await _column(project["id"], group)] == [
        second["number"],
        first["number"],
    ]

    ungroup = """mutation($t: ID!) { tasksMove(taskId: $t, clearGroup: true, position: 0) {
        result { groupId } errors { field } } }"""
    moved = await api.data(workspace.token, ungroup, {"t": first["id"]})
    assert moved["tasksMove"]["result"]["groupId"] is None
    assert [n for n, _ in await _column(project["id"], None)] == [first["number"], 1]
    both = "mutation($t: ID!, $g: ID) { tasksMove(taskId: $t, groupId: $g, clearGroup: true) { errors { field } } }"
    refused = await api.data(workspace.token, both, {"t": second["id"], "g": group})
    assert refused["tasksMove"]["errors"] == [{"field": "clear_group"}]


async def test_a_negative_position_or_a_group_of_another_space_is_refused(
    api: GraphQLClient, workspace: Workspace
) -> None:
    _, tasks = await _board(api, workspace, "BAD", 1)
    elsewhere = await create_project(api, workspace.token, "Elsewhere", key="ELSE")
    their_group = await make_group(workspace, elsewhere["id"])

    negative = await api.data(workspace.token, MOVE, {"t": tasks[0]["id"], "p": -1})
    foreign = await api.data(workspace.token, MOVE, {"t": tasks[0]["id"], "g": their_group})

    assert negative["tasksMove"]["errors"][0]["field"] == "position"
    error = foreign["tasksMove"]["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID", "group_id")
    assert (await Task.get(id=tasks[0]["id"])).group_id is None


async def test_reorder_sets_the_whole_column_order(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project, tasks = await _board(api, workspace, "ORD", 3)
    group = await make_group(workspace, project["id"])
    a = await created(api, workspace.token, project["id"], groupId=group)
    b = await created(api, workspace.token, project["id"], groupId=group)

    grouped = await api.data(workspace.token, REORDER, {"g": group, "ids": [b["key"], a["id"]]})
    ungrouped = await api.data(
        workspace.token, REORDER, {"ids": [tasks[2]["id"], tasks[0]["key"], tasks[1]["id"]]}
    )

    assert grouped["tasksReorder"]["result"] == [
        {"key": b["key"], "position": 0},
        {"key": a["key"], "position": 1},
    ]
    assert ungrouped["tasksReorder"]["errors"] == []
    assert await _column(project["id"], None) == [(3, 0), (1, 1), (2, 2)]


async def test_reorder_requires_exactly_the_columns_tasks(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project, tasks = await _board(api, workspace, "EXACT", 3)
    group = await make_group(workspace, project["id"])
    grouped = await created(api, workspace.token, project["id"], groupId=group)
    before = await _column(project["id"], None)
    ids = [t["id"] for t in tasks]

    missing = await api.data(workspace.token, REORDER, {"ids": ids[:2]})
    extra = await api.data(workspace.token, REORDER, {"ids": [*ids, grouped["key"]]})
    twice = await api.data(workspace.token, REORDER, {"ids": [*ids, tasks[0]["key"]]})

    assert "missing EXACT-3" in missing["tasksReorder"]["errors"][0]["message"]
    assert f"not in it {grouped['key']}" in extra["tasksReorder"]["errors"][0]["message"]
    assert "more than once" in twice["tasksReorder"]["errors"][0]["message"]
    for body in (missing, extra, twice):
        assert body["tasksReorder"]["errors"][0]["field"] == "task_ids"
    assert await _column(project["id"], None) == before


async def test_moves_record_task_moved_and_reorders_task_reordered(
    api: GraphQLClient, workspace: Workspace, published: list[EventMessage]
) -> None:
    sent = published  # this process's commits (the board is made through the server)
    _, tasks = await _board(api, workspace, "EVT", 2)

    await service.move_task(workspace.principal(), task_id=tasks[1]["id"], position=0)
    await service.reorder_tasks(
        workspace.principal(), group_id=None, task_ids=[tasks[0]["id"], tasks[1]["id"]]
    )

    assert [(e.type, e.entity_id) for e in sent] == [
        ("task.moved", tasks[1]["id"]),
        ("task.reordered", tasks[0]["id"]),
        ("task.reordered", tasks[1]["id"]),
    ]


async def test_reorder_without_group_or_tasks_is_refused(workspace: Workspace) -> None:
    with pytest.raises(Invalid):
        await service.reorder_tasks(workspace.principal(), group_id=None, task_ids=[])


async def test_twenty_concurrent_moves_in_one_column_keep_a_valid_order(
    database: Database, api: GraphQLClient, workspace: Workspace
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    project, tasks = await _board(api, workspace, "RACE", 20)
    group = await make_group(workspace, project["id"])
    principal = workspace.principal()
    rng = random.Random(4)
    # Every task leaves the ungrouped column for the group at once: each move renumbers the
    # group's column, so unserialized moves would overwrite each other's positions.
    moves = [
        service.move_task(
            principal, task_id=task["id"], group_id=group, position=rng.randrange(0, 20)
        )
        for task in tasks
    ]

    results = await asyncio.gather(*moves, return_exceptions=True)

    assert all(isinstance(r, Task) for r in results), results
    column = await _column(project["id"], group)
    assert sorted(number for number, _ in column) == [t["number"] for t in tasks]
    assert [position for _, position in column] == list(range(20))
    assert await _column(project["id"], None) == []
