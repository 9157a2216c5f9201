"""projects_stats costs the same SQL whatever the Space holds: aggregates, never rows per task."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tortoise import connections

from backend.core import db
from backend.projects.models import Project
from backend.projects.stats import ProjectStats, project_stats
from backend.task_statuses.models import TaskStatus
from backend.tasks.models import Task
from backend.time.models import TimeEntry
from tests.backend.statements import StatementRecorder
from tests.conftest import Workspace
from tests.support import Database

START = datetime(2026, 11, 2, 9, tzinfo=UTC)


async def _space(workspace: Workspace, key: str, size: int) -> str:
    """`size` tasks (every third completed, every fourth overdue and open) and `size` entries of
    one hour by the owner (every other one billable), written in bulk."""
    org = workspace.organization_id
    project = await Project.create(organization_id=org, key=key, name=key, budget_hours=100)
    status = await TaskStatus.filter(organization_id=org).order_by("position").first()
    assert status is not None
    overdue = date.today() - timedelta(days=3)
    await Task.bulk_create(
        [
            Task(
                organization_id=org,
                project_id=project.id,
                number=n,
                title=f"Task {n}",
                status_id=status.id,
                position=n * 1024,
                completed_at=START if n % 3 == 0 else None,
                due_date=overdue if n % 4 == 0 else None,
            )
            for n in range(1, size + 1)
        ]
    )
    await TimeEntry.bulk_create(
        [
            TimeEntry(
                organization_id=org,
                user_id=workspace.user_id,
                project_id=project.id,
                started_at=START + timedelta(hours=2 * n),
                ended_at=START + timedelta(hours=2 * n + 1),
                billable=n % 2 == 0,
            )
            for n in range(size)
        ]
    )
    return str(project.id)


async def _measured(
    workspace: Workspace, project_id: str, database: Database
) -> tuple[ProjectStats, int, int]:
    with StatementRecorder(connections.get(db.connection_name(database.url))) as recorder:
        stats = await project_stats(workspace.principal(), project_id=project_id)
    return stats, len(recorder.statements), recorder.rows


async def test_stats_read_the_same_statements_and_rows_for_12_and_240_tasks_and_entries(
    database: Database, workspace: Workspace
) -> None:
    small, small_queries, small_rows = await _measured(
        workspace, await _space(workspace, "STS", 12), database
    )
    big, big_queries, big_rows = await _measured(
        workspace, await _space(workspace, "STB", 240), database
    )

    # Worked by hand: 240 tasks, 80 completed (n % 3 == 0), 40 open and overdue (n % 4 == 0 and
    # n % 3 != 0: 60 - 20); 240 one-hour entries, 120 billable; budget 100 h.
    assert (big.task_count, big.completed_task_count, big.overdue_task_count) == (240, 80, 40)
    assert (big.tracked_seconds, big.billable_seconds) == (240 * 3600, 120 * 3600)
    assert str(big.budget_used_percent) == "240.00"
    assert (small.task_count, small.completed_task_count, small.overdue_task_count) == (12, 4, 2)
    assert sum(s.task_count for s in big.by_status) == 240
    # Same statements and the same rows read back: one per status and one per user, not per task.
    assert (big_queries, big_rows) == (small_queries, small_rows), (
        (small_queries, small_rows),
        (big_queries, big_rows),
    )
    assert big_rows < 40, big_rows
