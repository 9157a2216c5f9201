"""Task dependencies: add/remove/list, refusals (self, duplicate, cycles), concurrency, blockers."""

from __future__ import annotations

import asyncio

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.projects.models import Visibility
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.tasks_dependencies import service
from backend.tasks_dependencies.models import TaskDependency
from subscriptions import EventMessage
from tests.backend.support import create_project, create_task, project, tasks
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient

ADD = """mutation($t: ID!, $d: ID!) { tasksDependenciesAdd(taskId: $t, dependsOnTaskId: $d) {
  result { taskId dependsOnTaskId task { key } dependsOn { key } } errors { code field message } } }"""
LIST = """query($t: ID!) { tasksDependenciesList(taskId: $t) {
  task { key } dependsOn { key } dependents { key } } }"""
LIST_ALL = (
    """{ tasksDependenciesListAll { items { task { key } dependsOn { key } } totalCount } }"""
)
SET_STATUS = """mutation($t: ID!, $s: ID!) { tasksSetStatus(taskId: $t, statusId: $s) {
  result { status { name } } errors { code field message } } }"""


async def _add(workspace: Workspace, task: Task, depends_on: Task) -> TaskDependency:
    return await service.add_dependency(
        workspace.principal(), task_id=str(task.id), depends_on_task_id=str(depends_on.id)
    )


async def _statuses(workspace: Workspace) -> dict[str, TaskStatus]:
    return {s.name: s for s in await TaskStatus.filter(organization_id=workspace.organization_id)}


async def test_add_then_list_both_directions_by_human_keys(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, "Deps", key="DEP")
    first, second, third = [await create_task(api, workspace.token, space["id"]) for _ in "123"]

    added = (await api.data(workspace.token, ADD, {"t": "DEP-2", "d": "dep-1"}))[
        "tasksDependenciesAdd"
    ]
    await api.data(workspace.token, ADD, {"t": third["id"], "d": second["id"]})
    listed = (await api.data(workspace.token, LIST, {"t": second["key"]}))["tasksDependenciesList"]

    assert added["errors"] == []
    assert added["result"] == {
        "taskId": second["id"],
        "dependsOnTaskId": first["id"],
        "task": {"key": "DEP-2"},
        "dependsOn": {"key": "DEP-1"},
    }
    assert listed == {
        "task": {"key": "DEP-2"},
        "dependsOn": [{"key": "DEP-1"}],
        "dependents": [{"key": "DEP-3"}],
    }


async def test_a_task_cannot_depend_on_itself(workspace: Workspace) -> None:
    (task,) = await tasks(workspace, await project(workspace, "SLF"), 1)

    with pytest.raises(Invalid, match="itself"):
        await _add(workspace, task, task)


async def test_a_duplicate_dependency_is_a_conflict(workspace: Workspace) -> None:
    task, blocker = await tasks(workspace, await project(workspace, "DUP"), 2)
    await _add(workspace, task, blocker)

    with pytest.raises(Conflict, match="DUP-1 already depends on DUP-2"):
        await _add(workspace, task, blocker)


async def test_a_direct_cycle_is_refused_and_named(workspace: Workspace) -> None:
    first, second = await tasks(workspace, await project(workspace, "DIR"), 2)
    await _add(workspace, first, second)

    with pytest.raises(Conflict, match="DIR-2 → DIR-1 → DIR-2"):
        await _add(workspace, second, first)


async def test_a_transitive_cycle_is_refused_with_the_whole_cycle_named(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, "Web", key="WEB")
    for _ in range(3):
        await create_task(api, workspace.token, space["id"])
    await api.data(workspace.token, ADD, {"t": "WEB-3", "d": "WEB-2"})
    await api.data(workspace.token, ADD, {"t": "WEB-2", "d": "WEB-1"})

    refused = (await api.data(workspace.token, ADD, {"t": "WEB-1", "d": "WEB-3"}))[
        "tasksDependenciesAdd"
    ]

    assert refused["result"] is None
    (error,) = refused["errors"]
    assert (error["code"], error["field"]) == ("CONFLICT", "depends_on_task_id")
    assert "WEB-1 → WEB-3 → WEB-2 → WEB-1" in error["message"]
    assert await TaskDependency.filter(organization_id=workspace.organization_id).count() == 2


async def test_a_cycle_through_a_task_you_cannot_see_hides_its_key(workspace: Workspace) -> None:
    first, second = await tasks(workspace, await project(workspace, "OPN"), 2)
    (hidden,) = await tasks(
        workspace, await project(workspace, "HID", visibility=Visibility.PRIVATE), 1
    )
    await _add(workspace, first, hidden)
    await _add(workspace, hidden, second)
    member = (await workspace.add_member(Role.MEMBER)).principal(Role.MEMBER)

    with pytest.raises(Conflict) as refused:
        await service.add_dependency(
            member, task_id=str(second.id), depends_on_task_id=str(first.id)
        )

    assert "OPN-2 → OPN-1 → (a task you cannot see) → OPN-2" in refused.value.message
    assert "HID" not in refused.value.message


async def test_an_open_blocker_you_cannot_see_is_not_named(workspace: Workspace) -> None:
    (visible,) = await tasks(workspace, await project(workspace, "VIS"), 1)
    (hidden,) = await tasks(
        workspace, await project(workspace, "SEC", visibility=Visibility.PRIVATE), 1
    )
    await _add(workspace, visible, hidden)
    member = (await workspace.add_member(Role.MEMBER)).principal(Role.MEMBER)
    done = (await _statuses(workspace))["Done"]

    with pytest.raises(Conflict) as refused:
        await tasks_service.set_status(member, task_id=str(visible.id), status_id=str(done.id))

    assert "blocked by open tasks: (a task you cannot see)" in refused.value.message
    assert "SEC" not in refused.value.message


async def test_dependencies_across_spaces_of_one_organization_are_allowed(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    (task,) = await tasks(workspace, await project(workspace, "ONE"), 1)
    (blocker,) = await tasks(workspace, await project(workspace, "TWO"), 1)

    edge = await _add(workspace, task, blocker)

    assert (edge.task_id, edge.depends_on_id) == (task.id, blocker.id)
    added = [e for e in published if e.type == "task_dependency.added"]
    assert [(e.entity_id, e.project_id) for e in added] == [(str(edge.id), str(task.project_id))]


async def test_remove_deletes_the_edge_and_a_missing_edge_is_not_found(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    task, blocker = await tasks(workspace, await project(workspace, "REM"), 2)
    edge = await _add(workspace, task, blocker)

    removed = await service.remove_dependency(
        owner, task_id="REM-1", depends_on_task_id=str(blocker.id)
    )

    assert removed.id == edge.id
    assert not await TaskDependency.exists(id=edge.id)
    assert [(e.type, e.project_id) for e in published if e.type.endswith("removed")] == [
        ("task_dependency.removed", str(task.project_id))
    ]
    with pytest.raises(NotFound, match="REM-1 does not depend on REM-2"):
        await service.remove_dependency(owner, task_id="REM-1", depends_on_task_id="REM-2")


async def test_guests_cannot_add_dependencies(workspace: Workspace) -> None:
    task, blocker = await tasks(workspace, await project(workspace, "GST"), 2)
    guest = (await workspace.add_member(Role.GUEST)).principal(Role.GUEST)

    with pytest.raises(Forbidden, match="manage_tasks"):
        await service.add_dependency(
            guest, task_id=str(task.id), depends_on_task_id=str(blocker.id)
        )


async def test_list_all_takes_no_arguments_and_returns_every_visible_edge_of_the_organization(
    api: GraphQLClient, workspace: Workspace, other_workspace: Workspace
) -> None:
    first, second, third = await tasks(workspace, await project(workspace, "ALL"), 3)
    (private,) = await tasks(
        workspace, await project(workspace, "PRV", visibility=Visibility.PRIVATE), 1
    )
    await _add(workspace, second, first)
    await _add(workspace, third, second)
    await _add(workspace, third, private)
    foreign_a, foreign_b = await tasks(other_workspace, await project(other_workspace, "FOR"), 2)
    await _add(other_workspace, foreign_a, foreign_b)
    member = await workspace.add_member(Role.MEMBER)

    as_owner = (await api.data(workspace.token, LIST_ALL))["tasksDependenciesListAll"]
    as_member = (await api.data(member.token, LIST_ALL))["tasksDependenciesListAll"]

    def pairs(result: dict[str, object]) -> set[tuple[str, str]]:
        items = result["items"]
        assert isinstance(items, list)
        return {(i["task"]["key"], i["dependsOn"]["key"]) for i in items}

    assert pairs(as_owner) == {("ALL-2", "ALL-1"), ("ALL-3", "ALL-2"), ("ALL-3", "PRV-1")}
    assert as_owner["totalCount"] == 3
    assert pairs(as_member) == {("ALL-2", "ALL-1"), ("ALL-3", "ALL-2")}


async def test_a_task_with_open_blockers_cannot_be_completed_and_the_error_names_them(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, "Blocked", key="BLK")
    task, first, second = [await create_task(api, workspace.token, space["id"]) for _ in "123"]
    await api.data(workspace.token, ADD, {"t": task["key"], "d": first["key"]})
    await api.data(workspace.token, ADD, {"t": task["key"], "d": second["key"]})
    done = (await _statuses(workspace))["Done"]

    refused = (await api.data(workspace.token, SET_STATUS, {"t": task["key"], "s": str(done.id)}))[
        "tasksSetStatus"
    ]

    (error,) = refused["errors"]
    assert error["code"] == "CONFLICT"
    assert "BLK-2, BLK-3" in error["message"]
    assert (await Task.get(id=task["id"])).completed_at is None


async def test_completing_the_last_blocker_auto_advances_a_dependent_waiting_for_it(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    statuses = await _statuses(workspace)
    waiting = await TaskStatus.create(
        organization_id=workspace.organization_id,
        name="Waiting",
        position=10,
        auto_advance_on=AutoAdvanceTrigger.BLOCKERS_DONE,
        auto_advance_to_id=statuses["To do"].id,
    )
    space = await project(workspace, "ADV")
    task, first, second = await tasks(workspace, space, 3)
    await Task.filter(id=task.id).update(status_id=waiting.id)
    await _add(workspace, task, first)
    await _add(workspace, task, second)
    done = statuses["Done"]

    await tasks_service.set_status(owner, task_id=str(first.id), status_id=str(done.id))
    assert (await Task.get(id=task.id)).status_id == waiting.id
    await tasks_service.set_status(owner, task_id=str(second.id), status_id=str(done.id))

    assert (await Task.get(id=task.id)).status_id == statuses["To do"].id
    moved = [e.entity_id for e in published if e.type == "task.status_changed"]
    assert moved == [str(first.id), str(second.id), str(task.id)]


async def test_concurrent_adds_that_together_close_a_cycle_never_both_succeed(
    database: Database, workspace: Workspace
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes transactions; real concurrency is tested on PostgreSQL")
    owner = workspace.principal()
    all_tasks = await tasks(workspace, await project(workspace, "RACE"), 30)
    for round_start in range(0, 30, 3):
        a, b, c = all_tasks[round_start : round_start + 3]
        results = await asyncio.gather(
            *(
                service.add_dependency(owner, task_id=str(x.id), depends_on_task_id=str(y.id))
                for x, y in ((a, b), (b, c), (c, a))
            ),
            return_exceptions=True,
        )
        added = [r for r in results if isinstance(r, TaskDependency)]
        refused = [r for r in results if isinstance(r, Conflict)]
        assert (len(added), len(refused)) == (2, 1), results
        assert "cycle" in refused[0].message
    assert await TaskDependency.filter(organization_id=workspace.organization_id).count() == 20


def test_find_path_follows_edges_breadth_first() -> None:
    from uuid import uuid4

    a, b, c, d = (uuid4() for _ in range(4))
    edges = [(a, b), (b, c), (a, c), (c, d)]

    assert service.find_path(edges, a, d) == [a, c, d]
    assert service.find_path(edges, d, a) is None
