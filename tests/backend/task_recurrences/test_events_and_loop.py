"""Recurrence events after commit, task.created for scheduled tasks, and the background loop."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime

import pytest

from backend.task_recurrences import scheduler, service
from backend.task_recurrences.models import TaskRecurrence
from tests.backend.core.test_unit_of_work import _collect
from tests.backend.task_recurrences.support import new_project, new_recurrence, utc
from tests.conftest import Workspace


async def test_rule_changes_and_scheduled_tasks_publish_their_events(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    await TaskRecurrence.all().update(next_run_at=None)

    async def changes() -> None:
        recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
        await scheduler.run_due(utc(2030, 1, 1, 12))
        await service.update_recurrence(
            workspace.principal(), recurrence_id=str(recurrence.id), title="Renamed"
        )
        await service.delete_recurrence(workspace.principal(), recurrence_id=str(recurrence.id))

    received, error = await _collect(workspace, changes())
    assert error is None
    assert [e.type for e in received] == [
        "task_recurrence.created",
        "task.created",
        "task_recurrence.updated",
        "task_recurrence.deleted",
    ]
    assert all(e.project_id == str(project.id) for e in received)
    # The scheduler acts as the rule's creator.
    assert received[1].actor_id == workspace.user_id


async def test_the_loop_survives_a_failing_pass_and_stops_cleanly(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    passes: list[datetime] = []
    third_pass = asyncio.Event()

    async def failing(now: datetime) -> int:
        passes.append(now)
        if len(passes) == 3:
            third_pass.set()
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(scheduler, "run_due", failing)
    with caplog.at_level(logging.ERROR, logger="trcr.recurrences"):
        async with scheduler.running(poll_seconds=0.01):
            await asyncio.wait_for(third_pass.wait(), 5)
    assert len(passes) >= 3
    assert "scheduler pass failed" in caplog.text
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "recurrence-scheduler"]
