"""Creates the tasks recurrence rules call for, idempotently, from inside every server process.

What is due is decided on calendar dates in each rule's time zone ("today" there), so a DST change
never shifts or duplicates an occurrence. Each occurrence row (unique per rule and key) is
inserted in the same transaction as its task: when two processes race, the loser's insert fails,
its whole transaction (task included) rolls back, and it moves on.

Downtime: a schedule-mode rule that missed several dates creates only the most recent one (with
its own due date); older missed dates are skipped, not backfilled, so a server that was off for a
month does not flood a board with stale tasks. A `count` counts the rule's dates, skipped ones
included, so the series still ends when the user expects.

After-completion mode: the first task is due on starts_on (created when that day comes); each
later one is created as soon as a pass sees the latest task completed, due `interval` units of
`frequency` after the completion date (in the rule's time zone), keyed "after:<completed task id>".
Deleting the latest task ends such a series, as deleting a recurring task does in Asana or Todoist.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tortoise.exceptions import IntegrityError

from backend.core.errors import ServiceError
from backend.core.interfaces import Interface, via
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.members import service as members_service
from backend.task_recurrences import service
from backend.task_recurrences.models import (
    RecurrenceMode,
    TaskRecurrence,
    TaskRecurrenceOccurrence,
)
from backend.tasks import service as tasks_service
from backend.tasks.models import Task, TaskAssignee, TaskLabel
from backend.users import authentication

logger = logging.getLogger("trcr.recurrences")

POLL_SECONDS = 30.0
# The operation name audit entries of created occurrences carry.
SCHEDULER_OPERATION = "task_recurrences_scheduler"
# After a failure the creator can fix (lost permission, archived project), try again later.
RETRY_AFTER = timedelta(hours=1)


@dataclass(frozen=True)
class _Plan:
    key: str
    due_on: date
    next_run_at: datetime | None  # once this occurrence exists


async def run_due(now: datetime) -> int:
    """Create every occurrence due at `now`; returns how many tasks were created."""
    due = (
        await TaskRecurrence.filter(paused=False, next_run_at__lte=now)
        .order_by("next_run_at", "id")
        .values_list("id", flat=True)
    )
    created = 0
    for recurrence_id in due:
        try:
            # Each occurrence is one change of its own for the audit log, by the rule's creator.
            with via(Interface.SCHEDULER, operation=SCHEDULER_OPERATION):
                created += await _run_one(recurrence_id, now)
        except Exception:
            logger.exception("recurrence %s: unexpected failure, will retry", recurrence_id)
    return created


async def _run_one(recurrence_id: object, now: datetime) -> int:
    recurrence = await TaskRecurrence.get_or_none(id=recurrence_id)
    if recurrence is None or recurrence.paused or recurrence.next_run_at is None:
        return 0
    if recurrence.next_run_at > now:
        return 0
    today = now.astimezone(service.zone(recurrence.timezone)).date()
    if recurrence.mode is RecurrenceMode.AFTER_COMPLETION:
        plan = await _plan_after_completion(recurrence, today, now)
    else:
        plan = await _plan_schedule(recurrence, today)
    if plan is None:
        return 0
    principal = await _creator(recurrence)
    if principal is None:
        logger.warning(
            "recurrence %s: its creator is no longer a member of the organization; skipped",
            recurrence.id,
        )
        await _set_next_run_at(recurrence, now + RETRY_AFTER)
        return 0
    try:
        async with unit_of_work(principal):
            occurrence = await TaskRecurrenceOccurrence.create(
                recurrence_id=recurrence.id, occurrence_key=plan.key, due_on=plan.due_on
            )
            task = await _create_task(principal, recurrence, plan.due_on)
            occurrence.task_id = task.id
            await occurrence.save(update_fields=["task_id", "updated_at"])
            await _set_next_run_at(recurrence, plan.next_run_at)
    except IntegrityError:
        # Another process created this occurrence first; its transaction moved next_run_at.
        logger.info("recurrence %s: occurrence %s was created elsewhere", recurrence.id, plan.key)
        return 0
    except ServiceError as error:
        logger.warning("recurrence %s: could not create its task: %s", recurrence.id, error)
        await _set_next_run_at(recurrence, now + RETRY_AFTER)
        return 0
    return 1


async def _plan_schedule(recurrence: TaskRecurrence, today: date) -> _Plan | None:
    schedule = service.schedule_of(recurrence)
    latest = await service.latest_occurrence(recurrence)
    done_until = None if latest is None else latest.due_on
    due = schedule.latest_on_or_before(today)
    if due is not None and done_until is not None and due <= done_until:
        due = None
    upcoming = schedule.first_after(max(today, done_until) if done_until else today)
    next_run_at = None if upcoming is None else service.start_of_day(upcoming, recurrence.timezone)
    if due is None:
        # Nothing due (yet): just move the next look to the next date.
        await _set_next_run_at(recurrence, next_run_at)
        return None
    return _Plan(key=due.isoformat(), due_on=due, next_run_at=next_run_at)


async def _plan_after_completion(
    recurrence: TaskRecurrence, today: date, now: datetime
) -> _Plan | None:
    latest = await service.latest_occurrence(recurrence)
    if latest is None:
        if today < recurrence.starts_on:
            await _set_next_run_at(
                recurrence, service.start_of_day(recurrence.starts_on, recurrence.timezone)
            )
            return None
        return _Plan(
            key=recurrence.starts_on.isoformat(), due_on=recurrence.starts_on, next_run_at=now
        )
    made = await TaskRecurrenceOccurrence.filter(recurrence_id=recurrence.id).count()
    if recurrence.count is not None and made >= recurrence.count:
        await _set_next_run_at(recurrence, None)
        return None
    task = None if latest.task_id is None else await Task.get_or_none(id=latest.task_id)
    if task is None:
        # Deleting the current task of the series ends it, as in Asana and Todoist.
        logger.info("recurrence %s: its latest task was deleted; the series ends", recurrence.id)
        await _set_next_run_at(recurrence, None)
        return None
    if task.completed_at is None:
        return None
    completed_on = task.completed_at.astimezone(service.zone(recurrence.timezone)).date()
    due = completed_on + service.rule_of(recurrence).step()
    if recurrence.ends_on is not None and due > recurrence.ends_on:
        await _set_next_run_at(recurrence, None)
        return None
    last_one = recurrence.count is not None and made + 1 >= recurrence.count
    return _Plan(key=f"after:{task.id}", due_on=due, next_run_at=None if last_one else now)


async def _creator(recurrence: TaskRecurrence) -> Principal | None:
    """The rule's creator with the role they hold now, or None if they are no longer a member."""
    creator_id = recurrence.created_by_id  # type: ignore[attr-defined]  # the model declares no *_id annotation for it
    if creator_id is None:
        return None
    try:
        return await authentication.refresh(
            Principal(
                user_id=str(creator_id),
                organization_id=str(recurrence.organization_id),
                role=Role.GUEST,
            )
        )
    except ServiceError:
        return None


async def _create_task(principal: Principal, recurrence: TaskRecurrence, due_on: date) -> Task:
    """The occurrence's task: the rule's title and description, the template's other fields."""
    template = None
    if recurrence.template_task_id is not None:
        template = await Task.get_or_none(id=recurrence.template_task_id)
    if template is None:
        return await tasks_service.create_task(
            principal,
            project_id=str(recurrence.project_id),
            title=recurrence.title,
            description=recurrence.description,
            due_date=due_on,
        )
    assignees = [
        str(row.user_id)
        for row in await TaskAssignee.filter(task_id=template.id).order_by("created_at")
        # Someone who left the organization cannot be assigned; the rest still are.
        if await members_service.is_member(
            organization_id=principal.organization_id, user_id=row.user_id
        )
    ]
    labels = await TaskLabel.filter(task_id=template.id).order_by("created_at")
    return await tasks_service.create_task(
        principal,
        project_id=str(recurrence.project_id),
        title=recurrence.title,
        description=recurrence.description,
        group_id=None if template.group_id is None else str(template.group_id),
        assignee_ids=assignees,
        label_ids=[str(label.label_id) for label in labels],
        priority=template.priority,
        estimate_minutes=template.estimate_minutes,
        due_date=due_on,
    )


async def _set_next_run_at(recurrence: TaskRecurrence, when: datetime | None) -> None:
    await TaskRecurrence.filter(id=recurrence.id).update(next_run_at=when)


async def run_forever(poll_seconds: float = POLL_SECONDS) -> None:
    while True:
        try:
            await run_due(datetime.now(UTC))
        except Exception:
            logger.exception("recurrence scheduler pass failed; trying again next pass")
        await asyncio.sleep(poll_seconds)


@asynccontextmanager
async def running(poll_seconds: float = POLL_SECONDS) -> AsyncIterator[None]:
    """Run the scheduler in the background for the duration of the block (the app's lifespan)."""
    loop = asyncio.create_task(run_forever(poll_seconds), name="recurrence-scheduler")
    try:
        yield
    finally:
        loop.cancel()
        with suppress(asyncio.CancelledError):
            await loop
