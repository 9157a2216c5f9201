"""Milestone rules, through the service layer: validation, ordering and paging, updates and
clearing, archived Spaces, deletion detaching tasks, and events."""

from __future__ import annotations

from datetime import date

import pytest

from backend.core.errors import Conflict, Invalid, NotFound
from backend.milestones import service
from backend.milestones.models import Milestone
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from subscriptions import EventMessage
from tests.conftest import Workspace, new_workspace


async def _project(workspace: Workspace, key: str = "WEB") -> Project:
    return await projects_service.create_project(
        workspace.principal(), name=f"Project {key}", key=key
    )


async def _milestone(
    workspace: Workspace, project: Project, title: str = "Launch", on: date = date(2026, 12, 1)
) -> Milestone:
    return await service.create_milestone(
        workspace.principal(), project_id=str(project.id), title=title, target_date=on
    )


async def test_create_keeps_every_field_and_trims_the_title(workspace: Workspace) -> None:
    project = await _project(workspace)

    milestone = await service.create_milestone(
        workspace.principal(),
        project_id=str(project.id),
        title="  Beta  ",
        target_date=date(2026, 11, 15),
        color="#a855f7",
        description="Invite-only beta",
    )

    stored = await Milestone.get(id=milestone.id)
    assert (stored.title, stored.target_date, stored.color, stored.description) == (
        "Beta",
        date(2026, 11, 15),
        "#a855f7",
        "Invite-only beta",
    )
    assert stored.project_id == project.id


async def test_titles_are_1_to_200_characters_and_colors_are_hex(workspace: Workspace) -> None:
    project = await _project(workspace)
    milestone = await _milestone(workspace, project)

    for title in ("  ", "x" * 201):
        with pytest.raises(Invalid) as refused:
            await _milestone(workspace, project, title)
        assert refused.value.field == "title"
        with pytest.raises(Invalid):
            await service.update_milestone(
                workspace.principal(), milestone_id=str(milestone.id), title=title
            )
    with pytest.raises(Invalid) as bad_color:
        await service.create_milestone(
            workspace.principal(),
            project_id=str(project.id),
            title="x",
            target_date=date(2026, 1, 1),
            color="purple",
        )
    assert bad_color.value.field == "color"
    assert await Milestone.filter(project_id=project.id).count() == 1


async def test_list_is_ordered_by_target_date_then_id_and_pages(workspace: Workspace) -> None:
    project = await _project(workspace)
    late = await _milestone(workspace, project, "GA", date(2027, 3, 1))
    early = await _milestone(workspace, project, "Alpha", date(2026, 10, 1))
    same_a = await _milestone(workspace, project, "Beta 1", date(2026, 12, 1))
    same_b = await _milestone(workspace, project, "Beta 2", date(2026, 12, 1))
    await _milestone(workspace, await _project(workspace, "OTH"), "Elsewhere")
    tied = sorted([same_a, same_b], key=lambda m: str(m.id))

    first = await service.list_milestones(
        workspace.principal(), project_id=str(project.id), limit=2, cursor=None
    )
    second = await service.list_milestones(
        workspace.principal(), project_id=str(project.id), limit=2, cursor=first.next_cursor
    )

    assert [m.id for m in first.items + second.items] == [early.id, *[m.id for m in tied], late.id]
    assert (await first.total_count(), second.next_cursor) == (4, None)


async def test_update_changes_only_what_is_given_and_clears_the_description(
    workspace: Workspace,
) -> None:
    project = await _project(workspace)
    milestone = await service.create_milestone(
        workspace.principal(),
        project_id=str(project.id),
        title="Launch",
        target_date=date(2026, 12, 1),
        color="#000000",
        description="Big day",
    )

    moved = await service.update_milestone(
        workspace.principal(), milestone_id=str(milestone.id), target_date=date(2027, 1, 15)
    )
    assert (moved.title, moved.target_date, moved.color, moved.description) == (
        "Launch",
        date(2027, 1, 15),
        "#000000",
        "Big day",
    )
    cleared = await service.update_milestone(
        workspace.principal(), milestone_id=str(milestone.id), clear_description=True
    )
    assert (await Milestone.get(id=cleared.id)).description is None


async def test_an_archived_space_s_milestones_are_read_only(workspace: Workspace) -> None:
    project = await _project(workspace)
    milestone = await _milestone(workspace, project)
    await projects_service.set_archived(
        workspace.principal(), project_id=str(project.id), archived=True
    )

    writes = [
        service.create_milestone(
            workspace.principal(),
            project_id=str(project.id),
            title="x",
            target_date=date(2026, 1, 1),
        ),
        service.update_milestone(workspace.principal(), milestone_id=str(milestone.id), title="x"),
        service.delete_milestone(workspace.principal(), milestone_id=str(milestone.id)),
    ]
    for call in writes:
        with pytest.raises(Conflict, match="archived"):
            await call
    page = await service.list_milestones(
        workspace.principal(), project_id=str(project.id), limit=50, cursor=None
    )
    assert [m.title for m in page.items] == ["Launch"]


async def test_another_organization_s_milestones_are_not_found(workspace: Workspace) -> None:
    other = await new_workspace("Globex")
    theirs = await _milestone(other, await _project(other, "GLX"))

    for call in (
        service.update_milestone(workspace.principal(), milestone_id=str(theirs.id), title="Mine"),
        service.delete_milestone(workspace.principal(), milestone_id=str(theirs.id)),
        service.list_milestones(
            workspace.principal(), project_id=str(theirs.project_id), limit=50, cursor=None
        ),
    ):
        with pytest.raises(NotFound):
            await call
    assert (await Milestone.get(id=theirs.id)).title == "Launch"


async def test_deleting_a_milestone_detaches_its_tasks(workspace: Workspace) -> None:
    project = await _project(workspace)
    milestone = await _milestone(workspace, project)
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(project.id), title="t"
    )
    await Task.filter(id=task.id).update(milestone_id=milestone.id)

    await service.delete_milestone(workspace.principal(), milestone_id=str(milestone.id))

    kept = await Task.get(id=task.id)
    assert kept.milestone_id is None
    assert not await Milestone.exists(id=milestone.id)


async def test_every_change_publishes_its_event_with_the_project(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    project = await _project(workspace)
    milestone = await _milestone(workspace, project)
    await service.update_milestone(
        workspace.principal(), milestone_id=str(milestone.id), title="GA"
    )
    await service.delete_milestone(workspace.principal(), milestone_id=str(milestone.id))

    ours = [(e.type, e.entity_id, e.project_id) for e in published if e.entity_type == "milestone"]
    assert ours == [
        ("milestone.created", str(milestone.id), str(project.id)),
        ("milestone.updated", str(milestone.id), str(project.id)),
        ("milestone.deleted", str(milestone.id), str(project.id)),
    ]
