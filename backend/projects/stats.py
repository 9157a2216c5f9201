"""Project statistics: tasks per status, progress from the statuses' percentages, time against budget.

Computed in SQL aggregates, never by loading tasks or entries: the rows read back are one per
status and one per user who tracked time in the Space, whatever the number of tasks and entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from tortoise.expressions import Q
from tortoise.functions import Count

from backend.core.money import cents
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.projects import service
from backend.projects.arguments import ProjectId
from backend.projects.models import ProjectMember
from backend.reports import sql
from backend.task_statuses import service as statuses_service
from backend.tasks.models import Task
from backend.time.models import TimeEntry

_HOUR = Decimal(3600)


@dataclass(frozen=True)
class StatusCount:
    status_id: str
    name: str
    is_terminal: bool
    progress: int
    task_count: int


@dataclass(frozen=True)
class ProjectStats:
    project_id: str
    task_count: int
    completed_task_count: int
    overdue_task_count: int
    progress_percent: Decimal  # mean of the tasks' status progress; 0 without tasks
    by_status: list[StatusCount]
    tracked_seconds: int
    billable_seconds: int
    budget_hours: Decimal | None
    budget_used_percent: Decimal | None
    billable_amount: Decimal | None  # None without view_rates


@dataclass(frozen=True)
class _TaskCounts:
    count: int
    completed: int
    overdue: int


async def _task_counts(project_id: UUID, today: date) -> dict[str, _TaskCounts]:
    """Per status: its tasks, the completed ones, the open ones past their due date."""
    rows = (
        await Task.filter(project_id=project_id)
        .group_by("status_id")
        .annotate(
            total=Count("id"),
            completed=Count("id", _filter=Q(completed_at__not_isnull=True)),
            overdue=Count("id", _filter=Q(completed_at__isnull=True, due_date__lt=today)),
        )
        .values_list("status_id", "total", "completed", "overdue")
    )
    return {
        str(status_id): _TaskCounts(int(total), int(completed or 0), int(overdue or 0))
        for status_id, total, completed, overdue in rows
    }


async def _seconds_per_user(project_id: UUID, now: datetime) -> list[dict[str, Any]]:
    """Per user: tracked and billable whole seconds (a running timer counts up to now).

    Durations follow the reports' rule (backend/reports/sql.py): whole seconds between the start
    and the end, fractions dropped on each, never negative."""
    connection = TimeEntry._meta.db
    dialect = sql.SQLITE if connection.capabilities.dialect == sql.SQLITE else sql.POSTGRES
    started, ended = sql.epoch(dialect, "started_at"), sql.epoch(dialect, "ended_at")
    statement = (
        "SELECT user_id, SUM(seconds) AS tracked, "
        "SUM(CASE WHEN billable THEN seconds ELSE 0 END) AS billable FROM ("
        "SELECT user_id, billable, CASE WHEN ended > started THEN ended - started ELSE 0 END "
        "AS seconds FROM ("
        + sql.fenced(
            dialect,
            f"user_id, billable, {started} AS started, "
            f"COALESCE({ended}, {int(now.timestamp())}) AS ended",
            f"FROM {TimeEntry._meta.db_table} WHERE project_id = {sql.uuid_literal(project_id)}",
        )
        + ") e) s GROUP BY user_id"
    )
    rows: list[dict[str, Any]] = await connection.execute_query_dict(statement)
    return rows


async def project_stats(principal: Principal, *, project_id: ProjectId) -> ProjectStats:
    project = await service.get_project(principal, project_id)
    now = datetime.now(UTC)
    statuses = await statuses_service.workflow(project)
    counts = await _task_counts(project.id, date.today())
    task_count = sum(c.count for c in counts.values())
    progress_by_status = {str(s.id): s.progress for s in statuses}
    progress = (
        Decimal(sum(progress_by_status.get(sid, 0) * c.count for sid, c in counts.items()))
        / task_count
        if task_count
        else Decimal(0)
    )

    per_user = await _seconds_per_user(project.id, now)
    rates = {
        str(user_id): rate
        for user_id, rate in await ProjectMember.filter(project_id=project.id).values_list(
            "user_id", "hourly_rate"
        )
    }
    tracked = billable = 0
    amount = Decimal(0)
    for row in per_user:
        tracked += int(row["tracked"] or 0)
        seconds = int(row["billable"] or 0)
        billable += seconds
        rate = rates.get(str(row["user_id"])) or project.hourly_rate or Decimal(0)
        amount += Decimal(seconds) / _HOUR * rate

    budget_used = None
    if project.budget_hours:
        budget_used = cents(Decimal(tracked) / _HOUR / project.budget_hours * 100)
    none = _TaskCounts(0, 0, 0)
    return ProjectStats(
        project_id=str(project.id),
        task_count=task_count,
        completed_task_count=sum(c.completed for c in counts.values()),
        overdue_task_count=sum(c.overdue for c in counts.values()),
        progress_percent=cents(progress),
        by_status=[
            StatusCount(
                str(s.id), s.name, s.is_terminal, s.progress, counts.get(str(s.id), none).count
            )
            for s in statuses
        ],
        tracked_seconds=tracked,
        billable_seconds=billable,
        budget_hours=project.budget_hours,
        budget_used_percent=budget_used,
        billable_amount=cents(amount) if principal.can(Permission.VIEW_RATES) else None,
    )
