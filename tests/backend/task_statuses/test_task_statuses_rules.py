"""Workflow status rules, through the service layer: permissions, validation, project workflows,
auto-advance, reorder, delete with replacement, and events."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.projects.models import Project, Visibility
from backend.task_statuses import service
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.tasks_dependencies.models import TaskDependency
from subscriptions import EventMessage
from tests.conftest import Workspace
from tests.support import Database

TIMER = AutoAdvanceTrigger.TIMER_STARTED
CHECKLIST = AutoAdvanceTrigger.CHECKLIST_COMPLETED


async def _org(workspace: Workspace) -> dict[str, TaskStatus]:
    """The organization's workflow by name: To do, In progress, Done."""
    rows = await service.list_statuses(workspace.principal())
    return {s.name: s for s in rows}


async def _project(
    workspace: Workspace, key: str = "WEB", visibility: Visibility = Visibility.OPEN
) -> Project:
    return await projects_service.create_project(
        workspace.principal(), name=f"Project {key}", key=key, visibility=visibility
    )


def _names(rows: Iterable[TaskStatus]) -> list[str]:
    return [s.name for s in rows]


# Permissions


async def test_members_read_the_workflow_but_only_manage_projects_configures_it(
    workspace: Workspace,
) -> None:
    member = await workspace.add_member(Role.MEMBER)
    as_member = workspace.principal(Role.MEMBER, member.user_id)
    statuses = await _org(workspace)

    assert _names(await service.list_statuses(as_member)) == ["To do", "In progress", "Done"]
    refused = [
        service.create_status(as_member, name="Review"),
        service.update_status(as_member, status_id=str(statuses["Done"].id), name="Shipped"),
        service.reorder_statuses(as_member, status_ids=[str(s.id) for s in statuses.values()]),
        service.delete_status(
            as_member,
            status_id=str(statuses["Done"].id),
            replacement_status_id=str(statuses["To do"].id),
        ),
    ]
    for call in refused:
        with pytest.raises(Forbidden, match="manage_projects"):
            await call
    assert _names(await service.list_statuses(as_member)) == ["To do", "In progress", "Done"]

    manager = await workspace.add_member(Role.MANAGER)
    created = await service.create_status(
        workspace.principal(Role.MANAGER, manager.user_id), name="Review"
    )
    assert created.position == 3


async def test_a_private_spaces_workflow_is_not_found_for_non_members(
    workspace: Workspace,
) -> None:
    project = await _project(workspace, "SEC", visibility=Visibility.PRIVATE)
    own = await service.create_status(
        workspace.principal(), name="Triage", project_id=str(project.id)
    )
    manager = await workspace.add_member(Role.MANAGER)
    as_manager = workspace.principal(Role.MANAGER, manager.user_id)

    with pytest.raises(NotFound):
        await service.list_statuses(as_manager, project_id=str(project.id))
    with pytest.raises(NotFound):
        await service.update_status(as_manager, status_id=str(own.id), name="Seen")
    with pytest.raises(NotFound):
        await service.create_status(as_manager, name="Mine", project_id=str(project.id))
    assert (await TaskStatus.get(id=own.id)).name == "Triage"


async def test_an_archived_projects_workflow_is_read_only(workspace: Workspace) -> None:
    project = await _project(workspace)
    own = await service.create_status(
        workspace.principal(), name="Triage", project_id=str(project.id)
    )
    await projects_service.set_archived(
        workspace.principal(), project_id=str(project.id), archived=True
    )

    with pytest.raises(Conflict, match="archived"):
        await service.create_status(workspace.principal(), name="Later", project_id=str(project.id))
    with pytest.raises(Conflict, match="archived"):
        await service.update_status(workspace.principal(), status_id=str(own.id), name="Renamed")
    assert _names(
        await service.list_statuses(workspace.principal(), project_id=str(project.id))
    ) == ["Triage"]


# Validation


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
async def test_a_name_must_be_1_to_100_characters(workspace: Workspace, name: str) -> None:
    with pytest.raises(Invalid, match="1 to 100") as error:
        await service.create_status(workspace.principal(), name=name)
    assert error.value.field == "name"


async def test_a_name_of_100_characters_is_accepted(workspace: Workspace) -> None:
    created = await service.create_status(workspace.principal(), name="x" * 100)
    assert len(created.name) == 100


async def test_names_are_unique_in_a_workflow_regardless_of_case(workspace: Workspace) -> None:
    statuses = await _org(workspace)

    with pytest.raises(Conflict, match="'To do'") as error:
        await service.create_status(workspace.principal(), name="TO DO")
    assert error.value.field == "name"
    with pytest.raises(Conflict):
        await service.update_status(
            workspace.principal(), status_id=str(statuses["Done"].id), name="in progress"
        )
    # Renaming a status to itself with another case, and the same name in another workflow, are fine.
    renamed = await service.update_status(
        workspace.principal(), status_id=str(statuses["Done"].id), name="DONE"
    )
    assert renamed.name == "DONE"
    project = await _project(workspace)
    own = await service.create_status(
        workspace.principal(), name="To do", project_id=str(project.id)
    )
    assert own.project_id == project.id


@pytest.mark.parametrize("color", ["blue", "#12345", "#1234567", "123456", "#12345g"])
async def test_a_color_must_be_hex_rrggbb(workspace: Workspace, color: str) -> None:
    with pytest.raises(Invalid, match="#1a2b3c") as error:
        await service.create_status(workspace.principal(), name="Review", color=color)
    assert error.value.field == "color"
    statuses = await _org(workspace)
    with pytest.raises(Invalid):
        await service.update_status(
            workspace.principal(), status_id=str(statuses["Done"].id), color=color
        )


@pytest.mark.parametrize("progress", [-1, 101])
async def test_progress_is_a_percentage(workspace: Workspace, progress: int) -> None:
    with pytest.raises(Invalid, match="0 to 100") as error:
        await service.create_status(workspace.principal(), name="Review", progress=progress)
    assert error.value.field == "progress"
    statuses = await _org(workspace)
    with pytest.raises(Invalid, match="0 to 100"):
        await service.update_status(
            workspace.principal(), status_id=str(statuses["To do"].id), progress=progress
        )


async def test_progress_bounds_are_accepted_and_terminal_defaults_to_done(
    workspace: Workspace,
) -> None:
    empty = await service.create_status(workspace.principal(), name="Backlog", progress=0)
    full = await service.create_status(workspace.principal(), name="Shipped", progress=100)
    closed = await service.create_status(workspace.principal(), name="Won't do", is_terminal=True)
    open_ = await service.create_status(workspace.principal(), name="Review")

    assert (empty.progress, full.progress, closed.progress, open_.progress) == (0, 100, 100, 0)
    assert (closed.is_terminal, closed.position) == (True, 5)


# Project workflows


async def test_a_projects_first_status_starts_its_own_workflow(workspace: Workspace) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    project = await _project(workspace)
    task = await tasks_service.create_task(owner, project_id=str(project.id), title="Old")
    assert task.status_id == statuses["To do"].id

    triage = await service.create_status(owner, name="Triage", project_id=str(project.id))
    shipped = await service.create_status(
        owner, name="Shipped", is_terminal=True, project_id=str(project.id)
    )

    # The project's workflow is exactly its own statuses; the organization's is unchanged.
    assert _names(await service.list_statuses(owner, project_id=str(project.id))) == [
        "Triage",
        "Shipped",
    ]
    assert (triage.position, shipped.position) == (0, 1)
    assert _names(await service.list_statuses(owner)) == ["To do", "In progress", "Done"]
    other = await _project(workspace, "OPS")
    assert _names(await service.list_statuses(owner, project_id=str(other.id))) == [
        "To do",
        "In progress",
        "Done",
    ]
    # Existing tasks keep their status; new tasks start in the project's first status.
    assert (await Task.get(id=task.id)).status_id == statuses["To do"].id
    new = await tasks_service.create_task(owner, project_id=str(project.id), title="New")
    assert new.status_id == triage.id
    # Setting a status must now use the project's workflow.
    with pytest.raises(Invalid, match="not part of project WEB's workflow"):
        await tasks_service.set_status(
            owner, task_id=str(task.id), status_id=str(statuses["Done"].id)
        )
    moved = await tasks_service.set_status(owner, task_id=str(task.id), status_id=str(shipped.id))
    assert moved.completed_at is not None


# Auto-advance


async def test_an_auto_advance_target_must_be_in_the_same_workflow(workspace: Workspace) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    project = await _project(workspace)
    own = await service.create_status(owner, name="Triage", project_id=str(project.id))

    with pytest.raises(Invalid, match="another workflow") as error:
        await service.update_status(
            owner,
            status_id=str(statuses["To do"].id),
            auto_advance_on=TIMER,
            auto_advance_to_status_id=str(own.id),
        )
    assert error.value.field == "auto_advance_to_status_id"
    with pytest.raises(Invalid, match="another workflow"):
        await service.create_status(
            owner,
            name="Doing",
            project_id=str(project.id),
            auto_advance_on=TIMER,
            auto_advance_to_status_id=str(statuses["In progress"].id),
        )
    assert (await TaskStatus.get(id=statuses["To do"].id)).auto_advance_to_id is None


async def test_a_status_cannot_auto_advance_to_itself(workspace: Workspace) -> None:
    statuses = await _org(workspace)

    with pytest.raises(Invalid, match="itself"):
        await service.update_status(
            workspace.principal(),
            status_id=str(statuses["To do"].id),
            auto_advance_on=TIMER,
            auto_advance_to_status_id=str(statuses["To do"].id),
        )


async def test_a_transition_needs_both_a_trigger_and_a_target(workspace: Workspace) -> None:
    statuses = await _org(workspace)

    with pytest.raises(Invalid, match="auto_advance_to_status_id is missing"):
        await service.create_status(workspace.principal(), name="Review", auto_advance_on=TIMER)
    with pytest.raises(Invalid, match="auto_advance_on is missing"):
        await service.update_status(
            workspace.principal(),
            status_id=str(statuses["To do"].id),
            auto_advance_to_status_id=str(statuses["In progress"].id),
        )
    with pytest.raises(Invalid, match="clear_auto_advance"):
        await service.update_status(
            workspace.principal(),
            status_id=str(statuses["To do"].id),
            auto_advance_on=TIMER,
            clear_auto_advance=True,
        )


async def test_a_terminal_status_cannot_auto_advance(workspace: Workspace) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)

    with pytest.raises(Invalid, match="terminal"):
        await service.update_status(
            owner,
            status_id=str(statuses["Done"].id),
            auto_advance_on=TIMER,
            auto_advance_to_status_id=str(statuses["To do"].id),
        )
    with pytest.raises(Invalid, match="terminal"):
        await service.create_status(
            owner,
            name="Closed",
            is_terminal=True,
            auto_advance_on=TIMER,
            auto_advance_to_status_id=str(statuses["To do"].id),
        )
    # Making a status with a transition terminal is refused too, unless the transition goes.
    await service.update_status(
        owner,
        status_id=str(statuses["To do"].id),
        auto_advance_on=TIMER,
        auto_advance_to_status_id=str(statuses["In progress"].id),
    )
    with pytest.raises(Invalid, match="terminal") as error:
        await service.update_status(owner, status_id=str(statuses["To do"].id), is_terminal=True)
    assert error.value.field == "is_terminal"
    cleared = await service.update_status(
        owner, status_id=str(statuses["To do"].id), is_terminal=True, clear_auto_advance=True
    )
    assert (cleared.is_terminal, cleared.auto_advance_on, cleared.auto_advance_to_id) == (
        True,
        None,
        None,
    )


async def test_a_loop_of_transitions_with_one_trigger_is_refused_naming_the_loop(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    todo, doing = str(statuses["To do"].id), str(statuses["In progress"].id)
    await service.update_status(
        owner, status_id=todo, auto_advance_on=TIMER, auto_advance_to_status_id=doing
    )

    with pytest.raises(Invalid) as error:
        await service.update_status(
            owner, status_id=doing, auto_advance_on=TIMER, auto_advance_to_status_id=todo
        )

    assert "would loop: 'In progress' → 'To do' → 'In progress'" in error.value.message
    assert "timer_started" in error.value.message
    assert (await TaskStatus.get(id=doing)).auto_advance_to_id is None


async def test_a_longer_loop_is_refused_and_a_different_trigger_is_not_a_loop(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    todo, doing = str(statuses["To do"].id), str(statuses["In progress"].id)
    review = await service.create_status(
        owner, name="Review", auto_advance_on=TIMER, auto_advance_to_status_id=todo
    )
    await service.update_status(
        owner, status_id=todo, auto_advance_on=TIMER, auto_advance_to_status_id=doing
    )

    with pytest.raises(Invalid, match="'In progress' → 'Review' → 'To do' → 'In progress'"):
        await service.update_status(
            owner, status_id=doing, auto_advance_on=TIMER, auto_advance_to_status_id=str(review.id)
        )

    # In progress → Review when the checklist is done: a different trigger, so no loop.
    allowed = await service.update_status(
        owner,
        status_id=doing,
        auto_advance_on=CHECKLIST,
        auto_advance_to_status_id=str(review.id),
    )
    assert allowed.auto_advance_to_id == review.id
    # Switching that transition's trigger to the loop's trigger is refused.
    with pytest.raises(Invalid, match="would loop"):
        await service.update_status(owner, status_id=doing, auto_advance_on=TIMER)
    assert (await TaskStatus.get(id=doing)).auto_advance_on == CHECKLIST


# Reorder


async def test_reorder_sets_positions_in_the_given_order(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    statuses = await _org(workspace)
    order = [statuses[n] for n in ("Done", "To do", "In progress")]

    result = await service.reorder_statuses(
        workspace.principal(), status_ids=[str(s.id) for s in order]
    )

    assert _names(result) == ["Done", "To do", "In progress"]
    assert _names(await service.list_statuses(workspace.principal())) == [
        "Done",
        "To do",
        "In progress",
    ]
    assert [s.position for s in await service.list_statuses(workspace.principal())] == [0, 1, 2]
    assert {e.type for e in published} == {"task_status.reordered"}
    assert {e.project_id for e in published} == {None}


async def test_reorder_refuses_missing_repeated_and_foreign_workflow_ids(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    todo, doing, done = (str(statuses[n].id) for n in ("To do", "In progress", "Done"))
    project = await _project(workspace)
    own = await service.create_status(owner, name="Triage", project_id=str(project.id))

    with pytest.raises(Invalid, match="missing: 'Done'") as error:
        await service.reorder_statuses(owner, status_ids=[todo, doing])
    assert error.value.field == "status_ids"
    with pytest.raises(Invalid, match="more than once"):
        await service.reorder_statuses(owner, status_ids=[todo, doing, done, todo])
    with pytest.raises(Invalid, match="another workflow"):
        await service.reorder_statuses(owner, status_ids=[todo, doing, done, str(own.id)])
    with pytest.raises(NotFound):
        await service.reorder_statuses(
            owner, status_ids=[todo, doing, done, "00000000-0000-0000-0000-000000000000"]
        )
    assert _names(await service.list_statuses(owner)) == ["To do", "In progress", "Done"]


async def test_reorder_a_projects_own_workflow(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await _project(workspace)
    statuses = await _org(workspace)
    with pytest.raises(Invalid, match="no statuses of its own"):
        await service.reorder_statuses(
            owner,
            status_ids=[str(s.id) for s in statuses.values()],
            project_id=str(project.id),
        )
    first = await service.create_status(owner, name="Triage", project_id=str(project.id))
    second = await service.create_status(owner, name="Fixing", project_id=str(project.id))

    await service.reorder_statuses(
        owner, status_ids=[str(second.id), str(first.id)], project_id=str(project.id)
    )

    assert _names(await service.list_statuses(owner, project_id=str(project.id))) == [
        "Fixing",
        "Triage",
    ]
    with pytest.raises(Invalid, match="another workflow"):
        await service.reorder_statuses(
            owner,
            status_ids=[str(s.id) for s in statuses.values()],
            project_id=str(project.id),
        )


# Delete


async def test_delete_moves_tasks_to_the_replacement_and_clears_transitions_into_it(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    todo, doing, done = (statuses[n] for n in ("To do", "In progress", "Done"))
    project = await _project(workspace)
    tasks = [
        await tasks_service.create_task(
            owner, project_id=str(project.id), title=f"t{i}", status_id=str(doing.id)
        )
        for i in range(2)
    ]
    untouched = await tasks_service.create_task(owner, project_id=str(project.id), title="other")
    await service.update_status(
        owner,
        status_id=str(todo.id),
        auto_advance_on=TIMER,
        auto_advance_to_status_id=str(doing.id),
    )
    published.clear()

    deleted = await service.delete_status(
        owner, status_id=str(doing.id), replacement_status_id=str(done.id)
    )

    assert deleted.id == doing.id
    assert not await TaskStatus.exists(id=doing.id)
    for task in tasks:
        moved = await Task.get(id=task.id)
        assert moved.status_id == done.id
        assert moved.completed_at is not None  # moved through the ordinary status rules
    assert (await Task.get(id=untouched.id)).status_id == todo.id
    cleared = await TaskStatus.get(id=todo.id)
    assert (cleared.auto_advance_on, cleared.auto_advance_to_id) == (None, None)
    remaining = await service.list_statuses(owner)
    assert [(s.name, s.position) for s in remaining] == [("To do", 0), ("Done", 1)]
    types = [e.type for e in published]
    assert types.count("task.status_changed") == 2
    assert "task_status.updated" in types
    assert types[-1] == "task_status.deleted"
    assert published[-1].entity_id == str(doing.id)


async def test_delete_needs_a_different_replacement_in_the_same_workflow(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    done = str(statuses["Done"].id)
    project = await _project(workspace)
    own = await service.create_status(owner, name="Triage", project_id=str(project.id))

    with pytest.raises(Invalid, match="another status") as error:
        await service.delete_status(owner, status_id=done, replacement_status_id=done)
    assert error.value.field == "replacement_status_id"
    with pytest.raises(Invalid, match="another workflow"):
        await service.delete_status(owner, status_id=done, replacement_status_id=str(own.id))
    with pytest.raises(NotFound) as missing:
        await service.delete_status(
            owner, status_id=done, replacement_status_id="00000000-0000-0000-0000-000000000000"
        )
    assert missing.value.field == "replacement_status_id"
    assert await TaskStatus.exists(id=done)


async def test_a_workflow_cannot_become_empty(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await _project(workspace)
    only = await service.create_status(owner, name="Triage", project_id=str(project.id))
    statuses = await _org(workspace)

    with pytest.raises(Invalid, match="only status of its workflow"):
        await service.delete_status(
            owner, status_id=str(only.id), replacement_status_id=str(statuses["To do"].id)
        )
    assert await TaskStatus.exists(id=only.id)


async def test_a_refused_move_leaves_the_status_and_its_tasks_as_they_were(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    statuses = await _org(workspace)
    project = await _project(workspace)
    blocker = await tasks_service.create_task(owner, project_id=str(project.id), title="First")
    blocked = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Then", status_id=str(statuses["In progress"].id)
    )
    await TaskDependency.create(
        organization_id=workspace.organization_id, task_id=blocked.id, depends_on_id=blocker.id
    )
    published.clear()

    # Done is terminal and `blocked` has an open blocker: the whole delete is refused.
    with pytest.raises(Conflict, match="blocked by open tasks: WEB-1"):
        await service.delete_status(
            owner,
            status_id=str(statuses["In progress"].id),
            replacement_status_id=str(statuses["Done"].id),
        )

    assert await TaskStatus.exists(id=statuses["In progress"].id)
    assert (await Task.get(id=blocked.id)).status_id == statuses["In progress"].id
    assert published == []


# Events


async def test_changes_publish_their_events_with_the_workflows_project(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    project = await _project(workspace)
    published.clear()

    org_status = await service.create_status(owner, name="Review")
    own = await service.create_status(owner, name="Triage", project_id=str(project.id))
    await service.update_status(owner, status_id=str(own.id), color="#112233")

    assert [(e.type, e.entity_id, e.project_id) for e in published] == [
        ("task_status.created", str(org_status.id), None),
        ("task_status.created", str(own.id), str(project.id)),
        ("task_status.updated", str(own.id), str(project.id)),
    ]


# Concurrency


async def test_concurrent_creates_keep_names_unique_and_positions_distinct(
    database: Database, workspace: Workspace
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    owner = workspace.principal()
    names = ["Review"] * 5 + [f"Step {i}" for i in range(5)]

    results = await asyncio.gather(
        *(service.create_status(owner, name=name) for name in names), return_exceptions=True
    )

    created = [r for r in results if isinstance(r, TaskStatus)]
    refused = [r for r in results if isinstance(r, Conflict)]
    assert (len(created), len(refused)) == (6, 4), results
    rows = await service.list_statuses(owner)
    assert [s.position for s in rows] == list(range(9))
    assert sorted(_names(rows)).count("Review") == 1


async def test_flipping_the_terminal_flag_completes_or_reopens_the_tasks_in_the_status(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    project = await _project(workspace, "FLIP")
    review = await service.create_status(owner, name="Review")
    task = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Ship", status_id=str(review.id)
    )
    assert task.completed_at is None

    await service.update_status(owner, status_id=str(review.id), is_terminal=True)
    completed = await Task.get(id=task.id)
    assert completed.completed_at is not None
    assert ("task.updated", str(task.id)) in [(e.type, e.entity_id) for e in published]

    await service.update_status(owner, status_id=str(review.id), is_terminal=False)
    assert (await Task.get(id=task.id)).completed_at is None


async def test_a_status_cannot_become_terminal_while_a_task_in_it_is_blocked(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    project = await _project(workspace, "BLKD")
    review = await service.create_status(owner, name="Review")
    blocker = await tasks_service.create_task(owner, project_id=str(project.id), title="First")
    blocked = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Then", status_id=str(review.id)
    )
    await TaskDependency.create(
        organization_id=workspace.organization_id, task_id=blocked.id, depends_on_id=blocker.id
    )

    with pytest.raises(Conflict, match="BLKD-1"):
        await service.update_status(owner, status_id=str(review.id), is_terminal=True)

    assert (await TaskStatus.get(id=review.id)).is_terminal is False
    assert (await Task.get(id=blocked.id)).completed_at is None
