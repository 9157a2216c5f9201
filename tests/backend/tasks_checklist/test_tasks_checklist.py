"""Task checklists: order, reordering, checking off, auto-advance on completion, permissions, events."""

from __future__ import annotations

import pytest

from backend.core.errors import Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.tasks.models import Task
from backend.tasks_checklist import service
from backend.tasks_dependencies import service as dependencies
from subscriptions import EventMessage
from tests.backend.support import create_project, create_task, project, tasks
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def _advance_on_checklist(workspace: Workspace, *, to: str = "Done") -> TaskStatus:
    """To do → `to` when every checklist item is done; returns the target status."""
    statuses = {
        s.name: s for s in await TaskStatus.filter(organization_id=workspace.organization_id)
    }
    todo = statuses["To do"]
    todo.auto_advance_on = AutoAdvanceTrigger.CHECKLIST_COMPLETED
    todo.auto_advance_to_id = statuses[to].id
    await todo.save()
    return statuses[to]


async def _status_name(task: Task) -> str:
    fresh = await Task.get(id=task.id)
    return (await TaskStatus.get(id=fresh.status_id)).name


async def test_items_are_added_in_order_and_listed_with_counts_over_graphql(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, "Checklists", key="CHK")
    task = await create_task(api, workspace.token, space["id"])
    add = """mutation($t: ID!, $x: String!) { tasksChecklistAdd(taskId: $t, text: $x) {
      result { id position done } errors { message } } }"""
    ids = []
    for text in ("Draft", "Review", "Publish"):
        result = (await api.data(workspace.token, add, {"t": task["key"], "x": text}))[
            "tasksChecklistAdd"
        ]["result"]
        ids.append(result["id"])
    await api.data(
        workspace.token,
        "mutation($i: ID!) { tasksChecklistUpdate(itemId: $i, done: true) { errors { message } } }",
        {"i": ids[0]},
    )

    listed = (
        await api.data(
            workspace.token,
            "query($t: ID!) { tasksChecklistList(taskId: $t) { taskId items { text position done } doneCount totalCount } }",
            {"t": task["key"]},
        )
    )["tasksChecklistList"]

    assert listed["taskId"] == task["id"]
    assert [(i["text"], i["position"], i["done"]) for i in listed["items"]] == [
        ("Draft", 0, True),
        ("Review", 1, False),
        ("Publish", 2, False),
    ]
    assert (listed["doneCount"], listed["totalCount"]) == (1, 3)


async def test_reorder_puts_items_in_the_given_order(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    (task,) = await tasks(workspace, await project(workspace, "ORD"), 1)
    a, b, c = [await service.add_item(owner, task_id=str(task.id), text=t) for t in "abc"]

    await service.reorder_items(
        owner, task_id=str(task.id), item_ids=[str(c.id), str(a.id), str(b.id)]
    )

    _, items = await service.list_items(owner, task_id=str(task.id))
    assert [i.text for i in items] == ["c", "a", "b"]
    assert [i.position for i in items] == [0, 1, 2]
    reordered = [e for e in published if e.type == "task_checklist_item.reordered"]
    assert [(e.entity_id, e.project_id) for e in reordered] == [
        (str(task.id), str(task.project_id))
    ]


@pytest.mark.parametrize("pick", ["missing", "duplicate"])
async def test_reorder_needs_every_item_of_the_task_exactly_once(
    workspace: Workspace, pick: str
) -> None:
    owner = workspace.principal()
    (task,) = await tasks(workspace, await project(workspace, "EXA"), 1)
    a, b = [await service.add_item(owner, task_id=str(task.id), text=t) for t in "ab"]
    item_ids = [str(a.id)] if pick == "missing" else [str(a.id), str(a.id), str(b.id)]

    with pytest.raises(Invalid, match="exactly once"):
        await service.reorder_items(owner, task_id=str(task.id), item_ids=item_ids)


async def test_reorder_refuses_an_item_of_another_task(workspace: Workspace) -> None:
    owner = workspace.principal()
    first, second = await tasks(workspace, await project(workspace, "OTH"), 2)
    mine = await service.add_item(owner, task_id=str(first.id), text="mine")
    theirs = await service.add_item(owner, task_id=str(second.id), text="theirs")

    with pytest.raises(NotFound, match="not on this task"):
        await service.reorder_items(
            owner, task_id=str(first.id), item_ids=[str(mine.id), str(theirs.id)]
        )


async def test_checking_off_the_last_open_item_auto_advances_the_task(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    target = await _advance_on_checklist(workspace, to="In progress")
    (task,) = await tasks(workspace, await project(workspace, "ADV"), 1)
    a, b = [await service.add_item(owner, task_id=str(task.id), text=t) for t in "ab"]

    await service.update_item(owner, item_id=str(a.id), done=True)
    assert await _status_name(task) == "To do"
    await service.update_item(owner, item_id=str(b.id), done=True)

    assert await _status_name(task) == target.name
    assert [e.type for e in published][-2:] == [
        "task_checklist_item.updated",
        "task.status_changed",
    ]


async def test_renaming_a_done_item_or_unchecking_does_not_auto_advance(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    (task,) = await tasks(workspace, await project(workspace, "REN"), 1)
    item = await service.add_item(owner, task_id=str(task.id), text="a")
    await service.update_item(owner, item_id=str(item.id), done=True)
    await _advance_on_checklist(workspace)  # configured only after the checklist completed

    await service.update_item(owner, item_id=str(item.id), text="renamed")
    await service.update_item(owner, item_id=str(item.id), done=True)

    assert await _status_name(task) == "To do"
    reopened = await service.update_item(owner, item_id=str(item.id), done=False)
    assert (reopened.done, reopened.done_at) == (False, None)


async def test_deleting_the_last_open_item_completes_the_checklist_too(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    await _advance_on_checklist(workspace)
    (task,) = await tasks(workspace, await project(workspace, "DLO"), 1)
    a, b = [await service.add_item(owner, task_id=str(task.id), text=t) for t in "ab"]
    await service.update_item(owner, item_id=str(a.id), done=True)

    await service.delete_item(owner, item_id=str(b.id))

    assert await _status_name(task) == "Done"
    assert "task_checklist_item.deleted" in [e.type for e in published]


async def test_a_blocked_task_stays_put_but_the_item_is_still_checked(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    await _advance_on_checklist(workspace, to="Done")
    task, blocker = await tasks(workspace, await project(workspace, "BLK"), 2)
    await dependencies.add_dependency(
        owner, task_id=str(task.id), depends_on_task_id=str(blocker.id)
    )
    item = await service.add_item(owner, task_id=str(task.id), text="a")

    checked = await service.update_item(owner, item_id=str(item.id), done=True)

    assert checked.done and checked.done_at is not None
    assert await _status_name(task) == "To do"


async def test_guests_cannot_change_checklists(workspace: Workspace) -> None:
    (task,) = await tasks(workspace, await project(workspace, "GST"), 1)
    guest = await workspace.add_member(Role.GUEST)

    with pytest.raises(Forbidden, match="manage_tasks"):
        await service.add_item(guest.principal(Role.GUEST), task_id=str(task.id), text="x")


@pytest.mark.parametrize("text", ["", "  ", "x" * 501])
async def test_item_text_must_be_1_to_500_characters(workspace: Workspace, text: str) -> None:
    (task,) = await tasks(workspace, await project(workspace, "TXT"), 1)

    with pytest.raises(Invalid, match="1 to 500"):
        await service.add_item(workspace.principal(), task_id=str(task.id), text=text)
