"""The scheduler: what is due in the rule's time zone, no duplicates, no backfill, creators' rights."""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from backend.core.permissions import Role
from backend.labels import service as labels_service
from backend.members.models import Membership
from backend.task_recurrences import service
from backend.task_recurrences.models import RecurrenceMode, TaskRecurrence, TaskRecurrenceOccurrence
from backend.task_recurrences.rules import Frequency, Rule
from backend.task_recurrences.scheduler import RETRY_AFTER, run_due
from backend.tasks import service as tasks_service
from backend.tasks.models import Priority, Task, TaskAssignee, TaskLabel
from tests.backend.task_recurrences.support import new_project, new_recurrence, utc
from tests.conftest import Workspace
from tests.support import Database

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(autouse=True)
async def _only_this_tests_rules(database: Database) -> None:
    """run_due sees every organization: retire rules earlier tests left in the shared database."""
    await TaskRecurrence.all().update(next_run_at=None)


async def _due_dates(recurrence: TaskRecurrence) -> list[date | None]:
    tasks = await Task.filter(
        id__in=[
            o.task_id for o in await TaskRecurrenceOccurrence.filter(recurrence_id=recurrence.id)
        ]
    ).order_by("due_date")
    return [t.due_date for t in tasks]


async def test_a_task_is_created_on_its_date_due_that_day_and_only_once(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
    assert await run_due(utc(2029, 12, 31, 23, 59)) == 0
    assert await run_due(utc(2030, 1, 1, 0, 0)) == 1
    assert await run_due(utc(2030, 1, 1, 18, 0)) == 0
    task = await Task.get(project_id=project.id)
    assert (task.title, task.due_date, task.created_by_id) == (  # type: ignore[attr-defined]
        "Water the plants",
        date(2030, 1, 1),
        recurrence.created_by_id,  # type: ignore[attr-defined]
    )
    occurrence = await TaskRecurrenceOccurrence.get(recurrence_id=recurrence.id)
    assert (occurrence.occurrence_key, occurrence.task_id) == ("2030-01-01", task.id)
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at == utc(2030, 1, 2)


async def test_spring_forward_neither_shifts_nor_skips_a_date(workspace: Workspace) -> None:
    # Given a daily rule in New York across 2030-03-10, when clocks go from EST to EDT
    assert utc(2030, 3, 9, 12).astimezone(NEW_YORK).utcoffset() != (
        utc(2030, 3, 11, 12).astimezone(NEW_YORK).utcoffset()
    )
    project = await new_project(workspace)
    recurrence = await new_recurrence(
        workspace, project, starts_on=date(2030, 3, 9), timezone="America/New_York"
    )
    assert await run_due(utc(2030, 3, 10, 4, 59)) == 1  # 23:59 EST on the 9th
    assert await run_due(utc(2030, 3, 10, 5, 0)) == 1  # midnight EST: the 10th
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at == utc(2030, 3, 11, 4, 0)
    assert await run_due(utc(2030, 3, 11, 3, 59)) == 0  # 23:59 EDT, still the 10th
    assert await run_due(utc(2030, 3, 11, 4, 0)) == 1  # midnight EDT: the 11th
    assert await _due_dates(recurrence) == [date(2030, 3, 9), date(2030, 3, 10), date(2030, 3, 11)]


async def test_fall_back_repeated_hour_creates_the_date_once(workspace: Workspace) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(
        workspace, project, starts_on=date(2030, 11, 3), timezone="America/New_York"
    )
    first, second = utc(2030, 11, 3, 5, 30), utc(2030, 11, 3, 6, 30)
    # Both instants are 01:30 on Nov 3 in New York: once in EDT, once in EST.
    assert first.astimezone(NEW_YORK).hour == second.astimezone(NEW_YORK).hour == 1
    assert await run_due(first) == 1
    assert await run_due(second) == 0
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at == utc(2030, 11, 4, 5, 0)
    assert await _due_dates(recurrence) == [date(2030, 11, 3)]


async def test_after_downtime_only_the_most_recent_missed_date_is_created(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
    assert await run_due(utc(2030, 1, 10, 9)) == 1
    assert await _due_dates(recurrence) == [date(2030, 1, 10)]
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at == utc(2030, 1, 11)


async def test_monthly_on_the_31st_creates_february_28(workspace: Workspace) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(
        workspace, project, rule=Rule(Frequency.MONTHLY, month_day=31), starts_on=date(2030, 1, 1)
    )
    assert recurrence.next_run_at == utc(2030, 1, 31)
    assert await run_due(utc(2030, 1, 31, 8)) == 1
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at == utc(2030, 2, 28)
    assert await run_due(utc(2030, 2, 28, 8)) == 1
    assert await _due_dates(recurrence) == [date(2030, 1, 31), date(2030, 2, 28)]


async def test_a_count_ends_the_series(workspace: Workspace) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1), count=2)
    for day in (1, 2, 3, 4):
        await run_due(utc(2030, 1, day, 12))
    assert await _due_dates(recurrence) == [date(2030, 1, 1), date(2030, 1, 2)]
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at is None


async def test_paused_rules_create_nothing(workspace: Workspace) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
    await service.update_recurrence(
        workspace.principal(), recurrence_id=str(recurrence.id), paused=True
    )
    assert await run_due(utc(2030, 1, 5, 12)) == 0
    assert await Task.filter(project_id=project.id).count() == 0


async def test_the_template_gives_priority_assignees_labels_and_estimate(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    project = await new_project(workspace)
    colleague = await workspace.add_member(Role.MEMBER)
    label = await labels_service.create_label(owner, name=f"chore-{project.key}")
    template = await tasks_service.create_task(
        owner,
        project_id=str(project.id),
        title="Backups",
        priority=Priority.HIGH,
        assignee_ids=[colleague.user_id],
        label_ids=[str(label.id)],
        estimate_minutes=30,
    )
    await service.create_recurrence(
        owner,
        template_task_id=str(template.id),
        rule=Rule(Frequency.DAILY),
        starts_on=date(2030, 1, 1),
    )
    assert await run_due(utc(2030, 1, 1, 12)) == 1
    task = await Task.get(project_id=project.id, due_date=date(2030, 1, 1))
    assert (task.title, task.priority, task.estimate_minutes) == ("Backups", Priority.HIGH, 30)
    assignees = await TaskAssignee.filter(task_id=task.id).values_list("user_id", flat=True)
    assert [str(a) for a in assignees] == [colleague.user_id]
    assert await TaskLabel.filter(task_id=task.id, label_id=label.id).exists()


async def test_after_completion_the_next_is_due_interval_after_the_completion_date(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(
        workspace,
        project,
        rule=Rule(Frequency.WEEKLY, interval=2),
        starts_on=date(2030, 1, 7),
        mode=RecurrenceMode.AFTER_COMPLETION,
        timezone="Europe/Paris",
    )
    assert await run_due(utc(2030, 1, 6, 12)) == 0
    assert await run_due(utc(2030, 1, 7, 12)) == 1
    first = await Task.get(project_id=project.id)
    assert first.due_date == date(2030, 1, 7)
    assert await run_due(utc(2030, 1, 8, 12)) == 0  # not completed yet
    # Completed at 23:30 UTC on the 9th, which is already the 10th in Paris.
    await Task.filter(id=first.id).update(completed_at=utc(2030, 1, 9, 23, 30))
    assert await run_due(utc(2030, 1, 10, 8)) == 1
    assert await run_due(utc(2030, 1, 10, 9)) == 0
    latest = await TaskRecurrenceOccurrence.filter(recurrence_id=recurrence.id).order_by("-due_on")
    assert [(o.occurrence_key, o.due_on) for o in latest] == [
        (f"after:{first.id}", date(2030, 1, 24)),
        ("2030-01-07", date(2030, 1, 7)),
    ]


async def test_a_creator_who_left_or_lost_the_right_creates_nothing(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    manager = await workspace.add_member(Role.MANAGER)
    gone = await new_recurrence(manager, project, role=Role.MANAGER, starts_on=date(2030, 1, 1))
    demoted = await new_recurrence(manager, project, role=Role.MANAGER, starts_on=date(2030, 1, 1))
    await Membership.filter(
        organization_id=workspace.organization_id, user_id=manager.user_id
    ).update(role=Role.GUEST)
    now = utc(2030, 1, 1, 12)
    assert await run_due(now) == 0
    assert (await TaskRecurrence.get(id=demoted.id)).next_run_at == now + RETRY_AFTER
    await Membership.filter(
        organization_id=workspace.organization_id, user_id=manager.user_id
    ).delete()
    assert await run_due(now + RETRY_AFTER) == 0
    assert (await TaskRecurrence.get(id=gone.id)).next_run_at == now + 2 * RETRY_AFTER
    assert await Task.filter(project_id=project.id).count() == 0
    assert (
        await TaskRecurrenceOccurrence.filter(recurrence_id__in=[gone.id, demoted.id]).count() == 0
    )


async def test_two_processes_running_at_once_create_each_occurrence_once(
    database: Database, workspace: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    if database.kind != "postgres":
        pytest.skip("SQLite serializes writers; real concurrency is tested on PostgreSQL")
    project = await new_project(workspace)
    rules = [await new_recurrence(workspace, project, starts_on=date(2030, 6, 1)) for _ in range(5)]
    now = utc(2030, 6, 1, 12)
    with caplog.at_level(logging.INFO, logger="trcr.recurrences"):
        results = await asyncio.gather(run_due(now), run_due(now), run_due(now))
    assert sum(results) == 5
    # The race really happened: losers hit the unique key and rolled back.
    assert any("created elsewhere" in r.getMessage() for r in caplog.records)
    occurrences = await TaskRecurrenceOccurrence.filter(recurrence_id__in=[r.id for r in rules])
    assert len(occurrences) == 5
    # No orphan: every task created belongs to exactly one occurrence.
    assert await Task.filter(project_id=project.id).count() == 5
    assert {o.task_id for o in occurrences} == set(
        await Task.filter(project_id=project.id).values_list("id", flat=True)
    )


async def test_a_task_that_cannot_be_created_leaves_no_occurrence_and_is_retried(
    workspace: Workspace,
) -> None:
    from backend.projects import service as projects_service

    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
    await projects_service.set_archived(
        workspace.principal(), project_id=str(project.id), archived=True
    )
    now = utc(2030, 1, 1, 12)
    assert await run_due(now) == 0
    # The occurrence row shared the task's transaction, so it rolled back with it.
    assert not await TaskRecurrenceOccurrence.exists(recurrence_id=recurrence.id)
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at == now + RETRY_AFTER
    await projects_service.set_archived(
        workspace.principal(), project_id=str(project.id), archived=False
    )
    assert await run_due(now + RETRY_AFTER) == 1
    assert await _due_dates(recurrence) == [date(2030, 1, 1)]


async def test_deleting_the_latest_task_ends_an_after_completion_series(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(
        workspace,
        project,
        starts_on=date(2030, 1, 7),
        mode=RecurrenceMode.AFTER_COMPLETION,
    )
    assert await run_due(utc(2030, 1, 7, 12)) == 1
    task = await Task.get(project_id=project.id)
    await tasks_service.delete_task(workspace.principal(), task_id=str(task.id))
    assert await run_due(utc(2030, 1, 8, 12)) == 0
    assert (await TaskRecurrence.get(id=recurrence.id)).next_run_at is None
