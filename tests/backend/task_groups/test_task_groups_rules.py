"""Task group rules, through the service layer: dense positions, reorder validation, delete that
moves tasks in order, permissions, archived Spaces, and events."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.projects.models import Project, Visibility
from backend.task_groups import service
from backend.task_groups.models import TaskGroup
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from subscriptions import EventMessage
from tests.conftest import Workspace
from tests.support import Database


async def _project(workspace: Workspace, key: str = "WEB", **extra: object) -> Project:
    return await projects_service.create_project(
        workspace.principal(),
        name=f"Project {key}",
        key=key,
        **extra,  # type: ignore[arg-type]
    )


async def _groups(workspace: Workspace, project: Project, *names: str) -> list[TaskGroup]:
    return [
        await service.create_group(workspace.principal(), project_id=str(project.id), name=name)
        for name in names
    ]


async def _board(workspace: Workspace, project: Project) -> list[tuple[str, int]]:
    rows = await service.list_groups(workspace.principal(), project_id=str(project.id))
    return [(g.name, g.position) for g in rows]


async def _tasks_in(workspace: Workspace, project: Project, group: TaskGroup | None) -> list[str]:
    """Titles of the group's tasks (None: tasks in no group) in board order."""
    rows = await Task.filter(project_id=project.id, group_id=None if group is None else group.id)
    return [t.title for t in sorted(rows, key=lambda t: (t.position, str(t.id)))]


async def _put(
    workspace: Workspace, project: Project, group: TaskGroup | None, *titles: str
) -> None:
    """Tasks placed in the group in the given order (tasks_create has no group yet: set it here)."""
    for index, title in enumerate(titles, start=1):
        task = await tasks_service.create_task(
            workspace.principal(), project_id=str(project.id), title=title
        )
        await Task.filter(id=task.id).update(
            group_id=None if group is None else group.id, position=index * 1024
        )


# Positions


async def test_groups_are_appended_and_an_insert_shifts_the_later_ones(
    workspace: Workspace,
) -> None:
    project = await _project(workspace)
    await _groups(workspace, project, "Backlog", "Doing", "Done")

    await service.create_group(
        workspace.principal(), project_id=str(project.id), name="Review", position=2
    )
    await service.create_group(
        workspace.principal(), project_id=str(project.id), name="Ideas", position=0
    )

    assert await _board(workspace, project) == [
        ("Ideas", 0),
        ("Backlog", 1),
        ("Doing", 2),
        ("Review", 3),
        ("Done", 4),
    ]


async def test_a_position_past_the_end_or_negative_is_refused(workspace: Workspace) -> None:
    project = await _project(workspace)
    await _groups(workspace, project, "Backlog")

    for position in (-1, 2):
        with pytest.raises(Invalid) as refused:
            await service.create_group(
                workspace.principal(), project_id=str(project.id), name="X", position=position
            )
        assert refused.value.field == "position" and "between 0 and 1" in refused.value.message
    # The end itself is a valid index.
    await service.create_group(
        workspace.principal(), project_id=str(project.id), name="End", position=1
    )
    assert await _board(workspace, project) == [("Backlog", 0), ("End", 1)]


async def test_names_are_trimmed_and_must_be_1_to_100_characters(workspace: Workspace) -> None:
    project = await _project(workspace)
    (group,) = await _groups(workspace, project, "  Backlog  ")
    assert group.name == "Backlog"

    for name in ("   ", "x" * 101):
        with pytest.raises(Invalid) as refused:
            await service.create_group(workspace.principal(), project_id=str(project.id), name=name)
        assert refused.value.field == "name"
        with pytest.raises(Invalid):
            await service.rename_group(workspace.principal(), group_id=str(group.id), name=name)
    renamed = await service.rename_group(
        workspace.principal(), group_id=str(group.id), name="x" * 100
    )
    assert renamed.name == "x" * 100


async def test_concurrent_creates_keep_positions_dense(
    database: Database, workspace: Workspace
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    import asyncio

    project = await _project(workspace)
    await asyncio.gather(
        *(
            service.create_group(
                workspace.principal(), project_id=str(project.id), name=f"G{i}", position=0
            )
            for i in range(10)
        )
    )
    assert sorted(p for _, p in await _board(workspace, project)) == list(range(10))


# Reorder


async def test_reorder_puts_the_groups_in_the_given_order(workspace: Workspace) -> None:
    project = await _project(workspace)
    a, b, c = await _groups(workspace, project, "A", "B", "C")

    result = await service.reorder_groups(
        workspace.principal(),
        project_id=str(project.id),
        group_ids=[str(c.id), str(a.id), str(b.id)],
    )

    assert [(g.name, g.position) for g in result] == [("C", 0), ("A", 1), ("B", 2)]
    assert await _board(workspace, project) == [("C", 0), ("A", 1), ("B", 2)]


async def test_reorder_requires_exactly_the_projects_groups(workspace: Workspace) -> None:
    project = await _project(workspace)
    a, b, c = await _groups(workspace, project, "A", "B", "C")
    other = await _project(workspace, "OTH")
    (elsewhere,) = await _groups(workspace, other, "Elsewhere")
    reorder = service.reorder_groups

    with pytest.raises(Invalid, match="missing: 'C'"):
        await reorder(
            workspace.principal(), project_id=str(project.id), group_ids=[str(a.id), str(b.id)]
        )
    with pytest.raises(Invalid, match="more than once"):
        await reorder(
            workspace.principal(),
            project_id=str(project.id),
            group_ids=[str(a.id), str(b.id), str(c.id), str(a.id)],
        )
    with pytest.raises(Invalid, match="another Space"):
        await reorder(
            workspace.principal(),
            project_id=str(project.id),
            group_ids=[str(a.id), str(b.id), str(c.id), str(elsewhere.id)],
        )
    with pytest.raises(NotFound):
        await reorder(
            workspace.principal(),
            project_id=str(project.id),
            group_ids=[str(a.id), str(b.id), "00000000-0000-0000-0000-000000000000"],
        )
    assert await _board(workspace, project) == [("A", 0), ("B", 1), ("C", 2)]


# Delete


async def test_delete_moves_the_tasks_to_the_named_group_keeping_their_order(
    workspace: Workspace,
) -> None:
    project = await _project(workspace)
    doing, _review, done = await _groups(workspace, project, "Doing", "Review", "Done")
    await _put(workspace, project, doing, "d1", "d2", "d3")
    await _put(workspace, project, done, "x1")

    await service.delete_group(
        workspace.principal(), group_id=str(doing.id), move_tasks_to_group_id=str(done.id)
    )

    assert await _tasks_in(workspace, project, done) == ["x1", "d1", "d2", "d3"]
    assert await _board(workspace, project) == [("Review", 0), ("Done", 1)]
    assert not await TaskGroup.exists(id=doing.id)


async def test_delete_without_a_target_takes_the_tasks_out_of_any_group(
    workspace: Workspace,
) -> None:
    project = await _project(workspace)
    doing, _done = await _groups(workspace, project, "Doing", "Done")
    await _put(workspace, project, doing, "d1", "d2")
    await _put(workspace, project, None, "loose")

    await service.delete_group(workspace.principal(), group_id=str(doing.id))

    assert await _tasks_in(workspace, project, None) == ["loose", "d1", "d2"]
    assert await _board(workspace, project) == [("Done", 0)]


async def test_delete_refuses_a_target_that_is_itself_or_in_another_space(
    workspace: Workspace,
) -> None:
    project = await _project(workspace)
    doing, _done = await _groups(workspace, project, "Doing", "Done")
    (elsewhere,) = await _groups(workspace, await _project(workspace, "OTH"), "Elsewhere")
    await _put(workspace, project, doing, "d1")

    for target in (doing, elsewhere):
        with pytest.raises(Invalid) as refused:
            await service.delete_group(
                workspace.principal(), group_id=str(doing.id), move_tasks_to_group_id=str(target.id)
            )
        assert refused.value.field == "move_tasks_to_group_id"
    with pytest.raises(NotFound):
        await service.delete_group(
            workspace.principal(),
            group_id=str(doing.id),
            move_tasks_to_group_id="00000000-0000-0000-0000-000000000000",
        )
    assert await _tasks_in(workspace, project, doing) == ["d1"]
    assert await _board(workspace, project) == [("Doing", 0), ("Done", 1)]


# Permissions and archived Spaces


async def test_reads_need_the_space_and_writes_need_manage_tasks(workspace: Workspace) -> None:
    project = await _project(workspace)
    (group,) = await _groups(workspace, project, "Backlog")
    guest = await workspace.add_member(Role.GUEST)
    as_guest = workspace.principal(Role.GUEST, guest.user_id)

    with pytest.raises(NotFound):  # An open Space is not open to guests.
        await service.list_groups(as_guest, project_id=str(project.id))
    await projects_service.add_member(
        workspace.principal(), project_id=str(project.id), user_id=guest.user_id
    )
    assert [g.name for g in await service.list_groups(as_guest, project_id=str(project.id))] == [
        "Backlog"
    ]
    refused = [
        service.create_group(as_guest, project_id=str(project.id), name="X"),
        service.rename_group(as_guest, group_id=str(group.id), name="X"),
        service.reorder_groups(as_guest, project_id=str(project.id), group_ids=[str(group.id)]),
        service.delete_group(as_guest, group_id=str(group.id)),
    ]
    for call in refused:
        with pytest.raises(Forbidden, match="manage_tasks"):
            await call

    member = await workspace.add_member(Role.MEMBER)
    created = await service.create_group(
        workspace.principal(Role.MEMBER, member.user_id), project_id=str(project.id), name="Doing"
    )
    assert created.position == 1


async def test_a_private_space_s_groups_are_not_found_for_non_members(workspace: Workspace) -> None:
    project = await _project(workspace, visibility=Visibility.PRIVATE)
    (group,) = await _groups(workspace, project, "Backlog")
    member = await workspace.add_member(Role.MEMBER)
    as_member = workspace.principal(Role.MEMBER, member.user_id)

    with pytest.raises(NotFound):
        await service.list_groups(as_member, project_id=str(project.id))
    with pytest.raises(NotFound):
        await service.rename_group(as_member, group_id=str(group.id), name="Mine")


async def test_an_archived_space_s_groups_are_read_only(workspace: Workspace) -> None:
    project = await _project(workspace)
    (group,) = await _groups(workspace, project, "Backlog")
    await projects_service.set_archived(
        workspace.principal(), project_id=str(project.id), archived=True
    )

    writes = [
        service.create_group(workspace.principal(), project_id=str(project.id), name="X"),
        service.rename_group(workspace.principal(), group_id=str(group.id), name="X"),
        service.reorder_groups(
            workspace.principal(), project_id=str(project.id), group_ids=[str(group.id)]
        ),
        service.delete_group(workspace.principal(), group_id=str(group.id)),
    ]
    for call in writes:
        with pytest.raises(Conflict, match="archived"):
            await call
    assert await _board(workspace, project) == [("Backlog", 0)]


# Events


async def test_every_change_publishes_its_event_with_the_project(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    project = await _project(workspace)
    a, b = await _groups(workspace, project, "A", "B")
    await service.rename_group(workspace.principal(), group_id=str(a.id), name="A2")
    await service.reorder_groups(
        workspace.principal(), project_id=str(project.id), group_ids=[str(b.id), str(a.id)]
    )
    await service.delete_group(workspace.principal(), group_id=str(a.id))

    ours = [(e.type, e.entity_id) for e in published if e.entity_type == "task_group"]
    assert ours == [
        ("task_group.created", str(a.id)),
        ("task_group.created", str(b.id)),
        ("task_group.renamed", str(a.id)),
        ("task_group.reordered", str(b.id)),
        ("task_group.reordered", str(a.id)),
        ("task_group.deleted", str(a.id)),
    ]
    assert {e.project_id for e in published if e.entity_type == "task_group"} == {str(project.id)}
