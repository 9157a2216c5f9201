"""Project statistics: tasks per status, progress from the statuses' percentages, time against budget."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from backend.core.money import cents
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.projects import service
from backend.projects.arguments import ProjectId
from backend.projects.models import ProjectMember
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


def _seconds(started_at: datetime, ended_at: datetime | None, now: datetime) -> int:
    return max(0, int(((ended_at or now) - started_at).total_seconds()))


async def project_stats(principal: Principal, *, project_id: ProjectId) -> ProjectStats:
    project = await service.get_project(principal, project_id)
    now = datetime.now(UTC)
    statuses = await statuses_service.workflow(project)
    tasks = await Task.filter(project_id=project.id).values_list(
        "status_id", "completed_at", "due_date"
    )
    per_status = Counter(str(status_id) for status_id, _, _ in tasks)
    progress_by_status = {str(s.id): s.progress for s in statuses}
    progress = (
        Decimal(sum(progress_by_status.get(str(sid), 0) for sid, _, _ in tasks)) / len(tasks)
        if tasks
        else Decimal(0)
    )
    today = date.today()
    overdue = sum(
        1 for _, completed, due in tasks if completed is None and due is not None and due < today
    )

    entries = await TimeEntry.filter(project_id=project.id).values_list(
        "user_id", "started_at", "ended_at", "billable"
    )
    rates = {
        str(m.user_id): m.hourly_rate for m in await ProjectMember.filter(project_id=project.id)
    }
    tracked = billable = 0
    amount = Decimal(0)
    for user_id, started_at, ended_at, is_billable in entries:
        seconds = _seconds(started_at, ended_at, now)
        tracked += seconds
        if is_billable:
            billable += seconds
            rate = rates.get(str(user_id)) or project.hourly_rate or Decimal(0)
            amount += Decimal(seconds) / _HOUR * rate

    budget_used = None
    if project.budget_hours:
        budget_used = cents(Decimal(tracked) / _HOUR / project.budget_hours * 100)
    return ProjectStats(
        project_id=str(project.id),
        task_count=len(tasks),
        completed_task_count=sum(1 for _, completed, _ in tasks if completed is not None),
        overdue_task_count=overdue,
        progress_percent=cents(progress),
        by_status=[
            StatusCount(str(s.id), s.name, s.is_terminal, s.progress, per_status.get(str(s.id), 0))
            for s in statuses
        ],
        tracked_seconds=tracked,
        billable_seconds=billable,
        budget_hours=project.budget_hours,
        budget_used_percent=budget_used,
        billable_amount=cents(amount) if principal.can(Permission.VIEW_RATES) else None,
    )
