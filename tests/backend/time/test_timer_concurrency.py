"""At most one running timer per user, enforced by the database under concurrency."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.exceptions import IntegrityError

from backend.core.errors import Conflict
from backend.time import service
from backend.time.models import TimeEntry
from tests.conftest import Workspace
from tests.support import Database


async def test_fifty_concurrent_starts_leave_exactly_one_running_timer(
    database: Database, workspace: Workspace
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    principal = workspace.principal()
    results = await asyncio.gather(
        *(service.start_timer(principal, description=f"start {i}") for i in range(50)),
        return_exceptions=True,
    )
    started = [r for r in results if isinstance(r, TimeEntry)]
    refused = [r for r in results if isinstance(r, Conflict)]
    assert len(started) == 1
    assert len(refused) == 49, [r for r in results if not isinstance(r, TimeEntry | Conflict)]
    assert all("time_stop_timer" in error.message for error in refused)
    assert await TimeEntry.filter(user_id=workspace.user_id, ended_at__isnull=True).count() == 1


async def test_database_refuses_a_second_running_timer_even_without_the_service(
    workspace: Workspace,
) -> None:
    from datetime import UTC, datetime

    common = {
        "organization_id": workspace.organization_id,
        "user_id": workspace.user_id,
        "started_at": datetime.now(UTC),
        "running_user_id": workspace.user_id,
    }
    await TimeEntry.create(**common)
    with pytest.raises(IntegrityError):
        await TimeEntry.create(**common)


async def test_stop_then_start_again_is_allowed(workspace: Workspace) -> None:
    principal = workspace.principal()
    first = await service.start_timer(principal)
    with pytest.raises(Conflict):
        await service.start_timer(principal)
    stopped = await service.stop_timer(principal)
    assert (
        stopped.id == first.id and stopped.ended_at is not None and stopped.running_user_id is None
    )
    second = await service.start_timer(principal)
    assert second.id != first.id
    assert await service.current_timer(principal) is not None
