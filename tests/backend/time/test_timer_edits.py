"""time_update_timer and time_discard_timer: edits of the running timer with clear errors, the
task kept inside its Space, a start never in the future, and their events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backend.core.errors import Invalid, NotFound
from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.time import service
from backend.time.models import TimeEntry
from subscriptions import EventMessage
from tests.conftest import Workspace


async def test_no_running_timer_is_a_clear_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as update:
        await service.update_timer(workspace.principal(), description="x")
    with pytest.raises(NotFound) as discard:
        await service.discard_timer(workspace.principal())

    assert update.value.reason == discard.value.reason == "NO_TIMER_RUNNING"
    assert "time_start_timer" in update.value.message


async def test_description_billable_and_start_change_and_nothing_else(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    timer = await service.start_timer(owner, description="Draft")
    started = datetime.now(UTC) - timedelta(minutes=30)

    updated = await service.update_timer(owner, billable=True, started_at=started)
    cleared = await service.update_timer(owner, clear_description=True)

    stored = await TimeEntry.get(id=timer.id)
    assert (stored.billable, stored.started_at, stored.description) == (True, started, None)
    assert stored.ended_at is None and str(stored.running_user_id) == workspace.user_id
    assert updated.id == cleared.id == timer.id
    assert [e.type for e in published if e.entity_type == "time_entry"] == [
        "time_entry.started",
        "time_entry.updated",
        "time_entry.updated",
    ]


async def test_a_start_in_the_future_or_over_7_days_ago_is_refused(workspace: Workspace) -> None:
    owner = workspace.principal()
    timer = await service.start_timer(owner)

    with pytest.raises(Invalid) as future:
        await service.update_timer(owner, started_at=datetime.now(UTC) + timedelta(minutes=5))
    with pytest.raises(Invalid) as old:
        await service.update_timer(owner, started_at=datetime.now(UTC) - timedelta(days=8))

    assert future.value.reason == "START_IN_FUTURE" and future.value.field == "started_at"
    assert "time_entries_create" in old.value.message
    assert (await TimeEntry.get(id=timer.id)).started_at == timer.started_at


async def test_moving_to_a_task_brings_its_space_and_the_task_must_be_in_the_space(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    web = await projects_service.create_project(owner, name="Web", key="WEB")
    app = await projects_service.create_project(owner, name="App", key="APP")
    web_task = await tasks_service.create_task(owner, project_id=str(web.id), title="Copy")
    app_task = await tasks_service.create_task(owner, project_id=str(app.id), title="Login")
    timer = await service.start_timer(owner)

    await service.update_timer(owner, task_id=f"WEB-{web_task.number}")
    moved = await TimeEntry.get(id=timer.id)
    assert (moved.project_id, moved.task_id) == (web.id, web_task.id)

    with pytest.raises(Invalid) as mismatch:
        await service.update_timer(owner, task_id=str(app_task.id), project_id=str(web.id))
    with pytest.raises(Invalid) as task_elsewhere:
        await service.update_timer(owner, project_id=str(app.id))
    assert mismatch.value.reason == task_elsewhere.value.reason == "OTHER_SPACE"
    assert "clear_task" in task_elsewhere.value.message

    await service.update_timer(owner, project_id=str(app.id), clear_task=True)
    assert (await TimeEntry.get(id=timer.id)).task_id is None
    await service.update_timer(owner, clear_project=True)
    detached = await TimeEntry.get(id=timer.id)
    assert (detached.project_id, detached.task_id) == (None, None)
    with pytest.raises(Invalid):
        await service.update_timer(owner, clear_project=True, project_id=str(web.id))


async def test_a_space_one_cannot_see_is_not_found(workspace: Workspace) -> None:
    secret = await projects_service.create_project(
        workspace.principal(),
        name="Secret",
        key="SEC",
        visibility="private",  # type: ignore[arg-type]
    )
    member = await workspace.add_member(Role.MEMBER)
    principal = member.principal(Role.MEMBER)
    timer = await service.start_timer(principal)

    with pytest.raises(NotFound):
        await service.update_timer(principal, project_id=str(secret.id))
    assert (await TimeEntry.get(id=timer.id)).project_id is None


async def test_discard_deletes_only_the_running_timer(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    kept = await service.create_entry(
        owner, started_at=datetime(2026, 11, 2, 9, tzinfo=UTC), duration_minutes=15
    )
    timer = await service.start_timer(owner)

    discarded = await service.discard_timer(owner)

    assert discarded.id == timer.id
    assert not await TimeEntry.exists(id=timer.id)
    assert await TimeEntry.exists(id=kept.id)
    assert await service.current_timer(owner) is None
    assert published[-1].type == "time_entry.discarded"
    await service.start_timer(owner)  # a new one may start at once
