"""Events are published only after commit (by the outbox's relay); a rolled-back change
publishes nothing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from backend.core import realtime
from backend.core.event_types import EventType
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.events import outbox
from backend.events.models import EventOutboxEntry
from backend.projects.events import ProjectEvent
from backend.projects.models import Project
from backend.tasks.events import TaskEvent
from backend.time.events import TimeEntryEvent
from subscriptions import EventMessage, create_broadcast, organization_channel
from tests.conftest import Workspace


async def _collect(
    workspace: Workspace, body: object
) -> tuple[list[EventMessage], BaseException | None]:
    broadcast = create_broadcast("memory://")
    await broadcast.connect()
    realtime.configure(broadcast)
    received: list[EventMessage] = []
    error: BaseException | None = None
    # Only this change's events: what setting up the workspace recorded counts as relayed.
    await EventOutboxEntry.filter(published_at__isnull=True).update(published_at=datetime.now(UTC))
    try:
        async with (
            outbox.running(broadcast, poll_seconds=0.05, retention_seconds=3600),
            broadcast.subscribe(organization_channel(workspace.organization_id)) as stream,
        ):
            try:
                await body  # type: ignore[misc]
            except Exception as exc:
                error = exc
            while True:
                try:
                    event = await asyncio.wait_for(stream.get(), 0.2)
                except TimeoutError:
                    break
                received.append(EventMessage.from_json(event.message))
    finally:
        realtime.configure(None)
        await broadcast.disconnect()
    return received, error


async def test_committed_change_publishes_its_events_after_commit(workspace: Workspace) -> None:
    seen_in_db_when_published: list[bool] = []

    async def change() -> None:
        async with unit_of_work(workspace.principal()) as uow:
            project = await Project.create(
                organization_id=workspace.organization_id, key="UOW", name="UoW"
            )
            uow.record(ProjectEvent.CREATED, project.id, project_id=project.id)
        seen_in_db_when_published.append(await Project.exists(id=project.id))

    received, error = await _collect(workspace, change())
    assert error is None
    assert [m.type for m in received] == ["project.created"]
    assert received[0].actor_id == workspace.user_id
    assert seen_in_db_when_published == [True]


async def test_rolled_back_change_publishes_nothing_and_writes_nothing(
    workspace: Workspace,
) -> None:
    async def change() -> None:
        async with unit_of_work(workspace.principal()) as uow:
            project = await Project.create(
                organization_id=workspace.organization_id, key="RBK", name="Rolled back"
            )
            uow.record(ProjectEvent.CREATED, project.id, project_id=project.id)
            raise RuntimeError("boom")

    received, error = await _collect(workspace, change())
    assert isinstance(error, RuntimeError)
    assert received == []
    assert not await Project.exists(organization_id=workspace.organization_id, key="RBK")


async def test_nested_units_of_work_publish_once_at_the_outer_commit(workspace: Workspace) -> None:
    async def change() -> None:
        async with unit_of_work(workspace.principal()) as outer:
            async with unit_of_work(workspace.principal()) as inner:
                assert inner is outer
                inner.record(ProjectEvent.UPDATED, "1")
            outer.record(ProjectEvent.UPDATED, "2")

    received, error = await _collect(workspace, change())
    assert error is None
    assert [m.entity_id for m in received] == ["1", "2"]


@pytest.mark.parametrize("event_type", [TaskEvent.CREATED, TimeEntryEvent.STARTED])
def test_recorded_event_names_its_entity_type(event_type: EventType) -> None:
    from backend.core.unit_of_work import UnitOfWork

    uow = UnitOfWork(Principal(user_id="u", organization_id="o", role=Role.MEMBER))
    uow.record(event_type, "e")
    assert uow.events[0].entity_type == event_type.split(".")[0]
    assert uow.events[0].type == event_type.value


async def test_commit_hooks_run_once_inside_the_outer_transaction_and_roll_back_with_it(
    workspace: Workspace,
) -> None:
    from backend import commit_hooks
    from backend.core.unit_of_work import UnitOfWork, install_commit_hooks

    seen: list[list[str]] = []
    committed: list[str] = []

    async def hook(uow: UnitOfWork) -> None:
        # Writes of a hook belong to the change's transaction.
        seen.append([m.entity_id for m in uow.events])
        await Project.create(organization_id=workspace.organization_id, key="HK", name="Hook")
        uow.after_commit(lambda: _append(committed, "delivered"))

    install_commit_hooks(hook)
    try:
        async with unit_of_work(workspace.principal()) as outer:
            async with unit_of_work(workspace.principal()) as inner:
                inner.record(ProjectEvent.UPDATED, "1")
            outer.record(ProjectEvent.UPDATED, "2")
        assert seen == [["1", "2"]]
        assert committed == ["delivered"]
        assert await Project.exists(organization_id=workspace.organization_id, key="HK")
        await Project.filter(organization_id=workspace.organization_id, key="HK").delete()

        async def failing_change() -> None:
            async with unit_of_work(workspace.principal()) as uow:
                uow.record(ProjectEvent.UPDATED, "3")
                raise RuntimeError("boom")

        with pytest.raises(RuntimeError):
            await failing_change()
        assert seen == [["1", "2"]]  # the hook never ran for the failed change

        async def failing_hook(uow: UnitOfWork) -> None:
            await hook(uow)
            raise RuntimeError("hook failed")

        install_commit_hooks(failing_hook)
        with pytest.raises(RuntimeError):
            async with unit_of_work(workspace.principal()) as uow:
                uow.record(ProjectEvent.UPDATED, "4")
        assert committed == ["delivered"]  # a rolled-back change runs no after-commit work
        assert not await Project.exists(organization_id=workspace.organization_id, key="HK")
    finally:
        commit_hooks.install()


async def _append(values: list[str], value: str) -> None:
    values.append(value)
