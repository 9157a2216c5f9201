"""Recurring task rules: who may see and change them, and when the scheduler should look next."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.queryset import QuerySet

from backend.core.arguments import (
    DEFAULT_LIMIT,
    MAX_DESCRIPTION,
    Bounds,
    Cursor,
    Doc,
    Id,
    Limit,
)
from backend.core.errors import Invalid
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.projects import service as projects_service
from backend.task_recurrences.arguments import MODE, Count, RecurrenceId, StartsOn
from backend.task_recurrences.events import TaskRecurrenceEvent
from backend.task_recurrences.models import (
    RecurrenceMode,
    TaskRecurrence,
    TaskRecurrenceOccurrence,
)
from backend.task_recurrences.rules import Rule, Schedule
from backend.tasks import service as tasks_service

MAX_COUNT = 10_000
MAX_TITLE = 500
MAX_TIMEZONE = 64  # the column's size; the longest IANA name has 32


def visible_recurrences(principal: Principal) -> QuerySet[TaskRecurrence]:
    return projects_service.in_accessible_projects(principal, TaskRecurrence)


async def get_recurrence(
    principal: Principal, recurrence_id: str, *, field: str = "recurrence_id"
) -> TaskRecurrence:
    return await projects_service.get_in_accessible_project(
        principal, TaskRecurrence, recurrence_id, entity="recurrence", field=field
    )


async def _get_writable_recurrence(principal: Principal, recurrence_id: str) -> TaskRecurrence:
    recurrence, _ = await projects_service.get_writable_in_project(
        principal,
        TaskRecurrence,
        recurrence_id,
        entity="recurrence",
        field="recurrence_id",
        action="change recurring tasks",
    )
    return recurrence


def rule_of(recurrence: TaskRecurrence) -> Rule:
    return Rule.parse(recurrence.rule)


def schedule_of(recurrence: TaskRecurrence) -> Schedule:
    return Schedule(
        rule_of(recurrence),
        starts_on=recurrence.starts_on,
        ends_on=recurrence.ends_on,
        count=recurrence.count,
    )


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(
            f"Unknown time zone '{name}'. Use an IANA name such as Europe/Paris or America/New_York.",
            field="timezone",
        ) from None


def start_of_day(day: date, timezone: str) -> datetime:
    """The UTC instant the day begins in the time zone (at a DST gap, its first real instant)."""
    return datetime.combine(day, time(), tzinfo=zone(timezone)).astimezone(UTC)


async def latest_occurrence(recurrence: TaskRecurrence) -> TaskRecurrenceOccurrence | None:
    return (
        await TaskRecurrenceOccurrence.filter(recurrence_id=recurrence.id)
        .order_by("-due_on", "-created_at")
        .first()
    )


async def next_run_at(recurrence: TaskRecurrence, *, now: datetime) -> datetime | None:
    """When the scheduler should next look at the rule; None when paused or ended."""
    if recurrence.paused:
        return None
    latest = await latest_occurrence(recurrence)
    if recurrence.mode is RecurrenceMode.AFTER_COMPLETION:
        if latest is None:
            return start_of_day(recurrence.starts_on, recurrence.timezone)
        made = await TaskRecurrenceOccurrence.filter(recurrence_id=recurrence.id).count()
        if recurrence.count is not None and made >= recurrence.count:
            return None
        return now  # waiting for the latest task to be completed: look at every pass
    schedule = schedule_of(recurrence)
    upcoming = (
        schedule.first_on_or_after(recurrence.starts_on)
        if latest is None
        else schedule.first_after(latest.due_on)
    )
    return None if upcoming is None else start_of_day(upcoming, recurrence.timezone)


def _check_ends(ends_on: date | None, count: int | None, starts_on: date) -> None:
    if ends_on is not None and count is not None:
        raise Invalid(
            "Give ends_on or count, not both: a rule ends on a date, after a number of "
            "occurrences, or never (neither).",
            field="count",
        )
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise Invalid(f"count must be between 1 and {MAX_COUNT}; got {count}.", field="count")
    if ends_on is not None and ends_on < starts_on:
        raise Invalid(
            f"ends_on ({ends_on}) is before starts_on ({starts_on}). Pick a later end date.",
            field="ends_on",
        )


def _clean_title(title: str) -> str:
    return clean_text(title, max_length=MAX_TITLE, field="title", subject="The title")


def _prepare_rule(rule: Rule, *, mode: RecurrenceMode, starts_on: date) -> str:
    after_completion = mode is RecurrenceMode.AFTER_COMPLETION
    rule.validate(after_completion=after_completion)
    return rule.to_rrule() if after_completion else rule.completed(starts_on).to_rrule()


async def list_recurrences(
    principal: Principal,
    *,
    project_id: Annotated[Id | None, Doc("Only rules of this Space.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[TaskRecurrence]:
    query = visible_recurrences(principal)
    if project_id is not None:
        project = await projects_service.get_project(principal, project_id)
        query = query.filter(project_id=project.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def list_occurrences(
    principal: Principal,
    *,
    recurrence_id: RecurrenceId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[TaskRecurrenceOccurrence]:
    recurrence = await get_recurrence(principal, recurrence_id)
    query = TaskRecurrenceOccurrence.filter(recurrence_id=recurrence.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="due_on", descending=True)


async def create_recurrence(
    principal: Principal,
    *,
    rule: Annotated[
        Rule,
        Doc(
            "Which dates: frequency (DAILY/WEEKLY/MONTHLY/YEARLY), interval, weekdays, "
            "month_day, nth (with one weekday), month. In after_completion mode only "
            "frequency and interval."
        ),
    ],
    starts_on: StartsOn,
    template_task_id: Annotated[
        Id | None, Doc("A task to repeat; the rule lives in its Space.")
    ] = None,
    project_id: Annotated[Id | None, Doc("The Space's id, when there is no template task.")] = None,
    title: Annotated[
        str | None,
        Doc("Title of the tasks created; the template's title if omitted."),
        Bounds(max_length=MAX_TITLE),
    ] = None,
    description: Annotated[
        str | None,
        Doc("Description of the tasks created; the template's if omitted."),
        Bounds(max_length=MAX_DESCRIPTION),
    ] = None,
    ends_on: Annotated[
        date | None, Doc("Last possible date; omit with count for a rule that never ends.")
    ] = None,
    count: Count = None,
    mode: Annotated[RecurrenceMode, MODE] = RecurrenceMode.SCHEDULE,
    timezone: Annotated[
        str,
        Doc("IANA time zone deciding when a date begins, e.g. Europe/Paris."),
        Bounds(max_length=MAX_TIMEZONE),
    ] = "UTC",
) -> TaskRecurrence:
    principal.require(Permission.MANAGE_TASKS, "create recurring tasks")
    zone(timezone)
    _check_ends(ends_on, count, starts_on)
    text = _prepare_rule(rule, mode=mode, starts_on=starts_on)
    async with unit_of_work(principal) as uow:
        template = None
        if template_task_id is not None:
            template = await tasks_service.get_task(
                principal, template_task_id, field="template_task_id"
            )
            if project_id is not None and (
                parse_id(project_id, entity="project", field="project_id") != template.project_id
            ):
                raise Invalid(
                    "template_task_id belongs to another project than project_id; omit "
                    "project_id to use the template's project.",
                    field="project_id",
                    reason="OTHER_SPACE",
                )
            project_id = str(template.project_id)
            title = title if title is not None else template.title
            description = description if description is not None else template.description
        elif project_id is None or title is None:
            raise Invalid(
                "Give template_task_id (a task to repeat), or project_id and title.",
                field="template_task_id" if project_id is None else "title",
            )
        project = await projects_service.get_writable_project(principal, project_id)
        recurrence = TaskRecurrence(
            organization_id=principal.organization_id,
            project_id=project.id,
            template_task_id=None if template is None else template.id,
            created_by_id=principal.user_id,
            title=_clean_title(title),
            description=description,
            rule=text,
            mode=mode,
            starts_on=starts_on,
            ends_on=ends_on,
            count=count,
            timezone=timezone,
        )
        recurrence.next_run_at = await next_run_at(recurrence, now=datetime.now(UTC))
        await recurrence.save()
        uow.record(TaskRecurrenceEvent.CREATED, recurrence.id, project_id=project.id)
    return recurrence


async def update_recurrence(
    principal: Principal,
    *,
    recurrence_id: RecurrenceId,
    title: Annotated[
        str | None, Doc("Title of the tasks created."), Bounds(max_length=MAX_TITLE)
    ] = None,
    description: Annotated[
        str | None, Doc("Description of the tasks created."), Bounds(max_length=MAX_DESCRIPTION)
    ] = None,
    clear_description: Annotated[bool, Doc("Remove the description.")] = False,
    rule: Annotated[Rule | None, Doc("A new rule, replacing the whole rule.")] = None,
    mode: Annotated[RecurrenceMode | None, MODE] = None,
    starts_on: StartsOn | None = None,
    ends_on: Annotated[date | None, Doc("Last possible date.")] = None,
    clear_ends_on: Annotated[bool, Doc("Remove the end date.")] = False,
    count: Count = None,
    clear_count: Annotated[bool, Doc("Remove the occurrence limit.")] = False,
    timezone: Annotated[
        str | None, Doc("IANA time zone, e.g. America/New_York."), Bounds(max_length=MAX_TIMEZONE)
    ] = None,
    paused: Annotated[bool | None, Doc("Pause (true) or resume (false) the rule.")] = None,
) -> TaskRecurrence:
    async with unit_of_work(principal) as uow:
        recurrence = await _get_writable_recurrence(principal, recurrence_id)
        if title is not None:
            recurrence.title = _clean_title(title)
        if clear_description:
            recurrence.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            recurrence.description = description
        if timezone is not None:
            zone(timezone)
            recurrence.timezone = timezone
        if starts_on is not None:
            recurrence.starts_on = starts_on
        if clear_ends_on:
            recurrence.ends_on = None
        elif ends_on is not None:
            recurrence.ends_on = ends_on
        if clear_count:
            recurrence.count = None
        elif count is not None:
            recurrence.count = count
        if paused is not None:
            recurrence.paused = paused
        _check_ends(recurrence.ends_on, recurrence.count, recurrence.starts_on)
        if mode is not None:
            recurrence.mode = mode
        if rule is not None or mode is not None or starts_on is not None:
            current = rule if rule is not None else rule_of(recurrence)
            recurrence.rule = _prepare_rule(
                current, mode=recurrence.mode, starts_on=recurrence.starts_on
            )
        recurrence.next_run_at = await next_run_at(recurrence, now=datetime.now(UTC))
        await recurrence.save()
        uow.record(TaskRecurrenceEvent.UPDATED, recurrence.id, project_id=recurrence.project_id)
    return recurrence


async def delete_recurrence(principal: Principal, *, recurrence_id: RecurrenceId) -> TaskRecurrence:
    """Delete the rule and its occurrence records; the tasks it created stay."""
    async with unit_of_work(principal) as uow:
        recurrence = await _get_writable_recurrence(principal, recurrence_id)
        await recurrence.delete()
        uow.record(TaskRecurrenceEvent.DELETED, recurrence.id, project_id=recurrence.project_id)
    return recurrence
