"""Helpers for recurrence tests: principals and rules. Test servers run without the real-clock
scheduler (TRCR_SCHEDULER=0); these tests drive it directly with their own clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_recurrences import service
from backend.task_recurrences.models import RecurrenceMode, TaskRecurrence
from backend.task_recurrences.rules import Frequency, Rule
from tests.conftest import Workspace

DAILY = Rule(Frequency.DAILY)


async def new_project(workspace: Workspace, name: str = "Ops") -> Project:
    return await projects_service.create_project(workspace.principal(), name=name)


async def new_recurrence(
    workspace: Workspace,
    project: Project,
    *,
    rule: Rule = DAILY,
    starts_on: date = date(2030, 1, 1),
    mode: RecurrenceMode = RecurrenceMode.SCHEDULE,
    role: Role = Role.OWNER,
    **extra: object,
) -> TaskRecurrence:
    return await service.create_recurrence(
        workspace.principal(role),
        project_id=str(project.id),
        title="Water the plants",
        rule=rule,
        starts_on=starts_on,
        mode=mode,
        **extra,  # type: ignore[arg-type]
    )


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]
