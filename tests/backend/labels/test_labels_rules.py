"""Label rules, through the service layer: case-insensitive unique names (also under a race),
validation, permissions, deletion removing the label from tasks, and events."""

from __future__ import annotations

import asyncio

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.labels import service
from backend.labels.models import Label
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks.models import TaskLabel
from subscriptions import EventMessage
from tests.conftest import Workspace, new_workspace
from tests.support import Database


async def _names(workspace: Workspace, principal: Principal | None = None) -> list[str]:
    page = await service.list_labels(principal or workspace.principal(), limit=50, cursor=None)
    return [label.name for label in page.items]


# Unique names regardless of case


async def test_a_name_differing_only_in_case_is_a_conflict_naming_the_existing_label(
    workspace: Workspace,
) -> None:
    bug = await service.create_label(workspace.principal(), name="Bug", color="#ef4444")

    with pytest.raises(Conflict) as refused:
        await service.create_label(workspace.principal(), name="bUG")

    assert refused.value.field == "name"
    assert "'Bug'" in refused.value.message and str(bug.id) in refused.value.message
    assert await _names(workspace) == ["Bug"]


async def test_renaming_onto_another_label_s_name_is_a_conflict_but_recasing_itself_is_not(
    workspace: Workspace,
) -> None:
    bug = await service.create_label(workspace.principal(), name="Bug")
    feature = await service.create_label(workspace.principal(), name="Feature")

    with pytest.raises(Conflict, match="'Bug'"):
        await service.update_label(workspace.principal(), label_id=str(feature.id), name="BUG")
    recased = await service.update_label(workspace.principal(), label_id=str(bug.id), name="BUG")

    assert (recased.name, recased.name_key) == ("BUG", "bug")
    assert await _names(workspace) == ["BUG", "Feature"]


async def test_the_same_name_may_exist_in_another_organization(workspace: Workspace) -> None:
    other = await new_workspace("Globex")
    await service.create_label(other.principal(), name="Bug")

    created = await service.create_label(workspace.principal(), name="bug")

    assert created.name == "bug"
    assert await _names(workspace) == ["bug"]


async def test_a_create_that_loses_the_race_gets_the_same_conflict(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    bug = await service.create_label(workspace.principal(), name="Bug")
    real_find = service.find_by_name_key
    calls = 0

    async def find_nothing_at_first(organization_id: object, name_key: str) -> Label | None:
        # The pre-check runs before the other request commits: it sees no clash.
        nonlocal calls
        calls += 1
        return None if calls == 1 else await real_find(organization_id, name_key)

    monkeypatch.setattr(service, "find_by_name_key", find_nothing_at_first)

    with pytest.raises(Conflict) as refused:
        await service.create_label(workspace.principal(), name="BUG")

    assert str(bug.id) in refused.value.message
    assert await Label.filter(organization_id=workspace.organization_id).count() == 1


async def test_a_rename_that_loses_the_race_gets_the_same_conflict(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    bug = await service.create_label(workspace.principal(), name="Bug")
    feature = await service.create_label(workspace.principal(), name="Feature")
    real_find = service.find_by_name_key
    calls = 0

    async def find_nothing_at_first(organization_id: object, name_key: str) -> Label | None:
        nonlocal calls
        calls += 1
        return None if calls == 1 else await real_find(organization_id, name_key)

    monkeypatch.setattr(service, "find_by_name_key", find_nothing_at_first)

    with pytest.raises(Conflict, match=str(bug.id)):
        await service.update_label(workspace.principal(), label_id=str(feature.id), name="bug")
    assert await _names(workspace) == ["Bug", "Feature"]


async def test_concurrent_creates_of_one_name_make_one_label(
    database: Database, workspace: Workspace
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    names = ["Bug", "bug", "BUG", "bUg"] * 5

    results = await asyncio.gather(
        *(service.create_label(workspace.principal(), name=name) for name in names),
        return_exceptions=True,
    )

    created = [r for r in results if isinstance(r, Label)]
    refused = [r for r in results if isinstance(r, Conflict)]
    assert (len(created), len(refused)) == (1, len(names) - 1), results
    assert await Label.filter(organization_id=workspace.organization_id).count() == 1


# Validation


async def test_names_are_trimmed_1_to_60_characters_and_colors_are_hex(
    workspace: Workspace,
) -> None:
    label = await service.create_label(workspace.principal(), name="  Needs design  ")
    assert label.name == "Needs design"

    for name in ("  ", "x" * 61):
        with pytest.raises(Invalid) as refused:
            await service.create_label(workspace.principal(), name=name)
        assert refused.value.field == "name"
    for color in ("red", "#12345", "#gggggg"):
        with pytest.raises(Invalid) as bad_color:
            await service.create_label(workspace.principal(), name="Colored", color=color)
        assert bad_color.value.field == "color"
        with pytest.raises(Invalid):
            await service.update_label(workspace.principal(), label_id=str(label.id), color=color)
    assert (await service.create_label(workspace.principal(), name="x" * 60)).name == "x" * 60


async def test_update_changes_only_what_is_given(workspace: Workspace) -> None:
    label = await service.create_label(workspace.principal(), name="Bug", color="#ef4444")

    recolored = await service.update_label(
        workspace.principal(), label_id=str(label.id), color="#000000"
    )

    assert (recolored.name, recolored.color) == ("Bug", "#000000")


async def test_list_is_alphabetical_regardless_of_case_and_pages(workspace: Workspace) -> None:
    for name in ("delta", "Bravo", "alpha", "Charlie"):
        await service.create_label(workspace.principal(), name=name)

    first = await service.list_labels(workspace.principal(), limit=3, cursor=None)
    second = await service.list_labels(workspace.principal(), limit=3, cursor=first.next_cursor)

    assert [label.name for label in first.items] == ["alpha", "Bravo", "Charlie"]
    assert [label.name for label in second.items] == ["delta"]
    assert (await first.total_count(), second.next_cursor) == (4, None)


# Permissions, tenancy, deletion


async def test_any_member_reads_labels_but_only_manage_tasks_changes_them(
    workspace: Workspace,
) -> None:
    label = await service.create_label(workspace.principal(), name="Bug")
    guest = await workspace.add_member(Role.GUEST)
    as_guest = workspace.principal(Role.GUEST, guest.user_id)

    assert await _names(workspace, as_guest) == ["Bug"]
    refused = [
        service.create_label(as_guest, name="Feature"),
        service.update_label(as_guest, label_id=str(label.id), name="Defect"),
        service.delete_label(as_guest, label_id=str(label.id)),
    ]
    for call in refused:
        with pytest.raises(Forbidden, match="manage_tasks"):
            await call
    member = await workspace.add_member(Role.MEMBER)
    await service.create_label(workspace.principal(Role.MEMBER, member.user_id), name="Feature")
    assert await _names(workspace) == ["Bug", "Feature"]


async def test_another_organization_s_labels_are_not_listed_and_not_found(
    workspace: Workspace,
) -> None:
    other = await new_workspace("Globex")
    theirs = await service.create_label(other.principal(), name="Theirs")

    assert await _names(workspace) == []
    with pytest.raises(NotFound):
        await service.update_label(workspace.principal(), label_id=str(theirs.id), name="Mine")
    with pytest.raises(NotFound):
        await service.delete_label(workspace.principal(), label_id=str(theirs.id))
    assert await Label.exists(id=theirs.id, name="Theirs")


async def test_deleting_a_label_removes_it_from_its_tasks(workspace: Workspace) -> None:
    project = await projects_service.create_project(workspace.principal(), name="Web", key="WEB")
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(project.id), title="t"
    )
    bug = await service.create_label(workspace.principal(), name="Bug")
    keep = await service.create_label(workspace.principal(), name="Keep")
    for label in (bug, keep):
        await TaskLabel.create(task_id=task.id, label_id=label.id)

    await service.delete_label(workspace.principal(), label_id=str(bug.id))

    assert [row.label_id for row in await TaskLabel.filter(task_id=task.id)] == [keep.id]
    assert await _names(workspace) == ["Keep"]


async def test_every_change_publishes_its_event_without_a_project(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    label = await service.create_label(workspace.principal(), name="Bug")
    await service.update_label(workspace.principal(), label_id=str(label.id), name="Defect")
    await service.delete_label(workspace.principal(), label_id=str(label.id))

    assert [(e.type, e.entity_id, e.project_id) for e in published] == [
        ("label.created", str(label.id), None),
        ("label.updated", str(label.id), None),
        ("label.deleted", str(label.id), None),
    ]


async def test_a_refused_create_publishes_nothing(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    await service.create_label(workspace.principal(), name="Bug")
    with pytest.raises(Conflict):
        await service.create_label(workspace.principal(), name="BUG")
    assert [e.type for e in published] == ["label.created"]
