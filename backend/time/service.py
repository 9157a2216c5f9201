"""Time entries and the running timer (at most one per user, guaranteed by a unique index)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated, TypeAlias
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.clients import service as clients_service
from backend.core.arguments import (
    DEFAULT_LIMIT,
    MAX_DESCRIPTION,
    Bounds,
    Cursor,
    Doc,
    Id,
    Limit,
)
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id, refuse_empty
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.invoices import locks as billing_locks
from backend.members import service as members_service
from backend.projects import service as projects_service
from backend.task_statuses.models import AutoAdvanceTrigger
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.time import rating
from backend.time.events import TimeEntryEvent
from backend.time.models import TimeEntry

EntryId: TypeAlias = Annotated[Id, Doc("The time entry's id.")]
EndedAt: TypeAlias = Annotated[datetime | None, Doc("When the work ended.")]
WorkedTaskId: TypeAlias = Annotated[Id | None, Doc("The task worked on (id or key).")]
Description: TypeAlias = Annotated[
    str | None, Doc("What was done."), Bounds(max_length=MAX_DESCRIPTION)
]
Billable: TypeAlias = Annotated[bool, Doc("Whether the time is billable to a client.")]

MAX_ENTRY = timedelta(days=7)


def visible_entries(principal: Principal) -> QuerySet[TimeEntry]:
    """Own entries, or everyone's with manage_time; never entries in Spaces one cannot see."""
    query = TimeEntry.filter(organization_id=principal.organization_id)
    if not principal.can(Permission.MANAGE_TIME):
        query = query.filter(user_id=principal.user_id)
    return query.filter(
        Q(project_id__isnull=True)
        | Q(project_id__in=projects_service.accessible_project_ids(principal))
    )


async def _resolve_target(
    principal: Principal, *, task_id: str | None, project_id: str | None
) -> tuple[UUID | None, Task | None]:
    """The project id and task an entry is for: a task implies its project."""
    if task_id is not None:
        task = await tasks_service.get_task(principal, task_id)
        if project_id is not None and str(
            parse_id(project_id, entity="project", field="project_id")
        ) != str(task.project_id):
            raise Invalid(
                "task_id belongs to another project than project_id. Pass only task_id.",
                field="project_id",
                reason="OTHER_SPACE",
            )
        project = await projects_service.writable_project_of(principal, task)
        return project.id, task
    if project_id is not None:
        project = await projects_service.get_writable_project(principal, project_id)
        return project.id, None
    return None, None


def _now() -> datetime:
    return datetime.now(UTC)


async def current_timer(principal: Principal) -> TimeEntry | None:
    return await TimeEntry.get_or_none(
        organization_id=principal.organization_id, running_user_id=principal.user_id
    )


async def start_timer(
    principal: Principal,
    *,
    task_id: Annotated[Id | None, Doc("The task being worked on (id or key, e.g. WEB-42).")] = None,
    project_id: Annotated[
        Id | None, Doc("The Space being worked on; implied by task_id when given.")
    ] = None,
    description: Annotated[
        str | None, Doc("What you are doing."), Bounds(max_length=MAX_DESCRIPTION)
    ] = None,
    billable: Billable = False,
) -> TimeEntry:
    """Start a timer. A timer already running is a conflict: stop it first (documented policy)."""
    principal.require(Permission.TRACK_TIME, "track time")
    running = await TimeEntry.get_or_none(running_user_id=principal.user_id)
    if running is not None:
        raise _already_running(running)
    try:
        async with unit_of_work(principal) as uow:
            project, task = await _resolve_target(principal, task_id=task_id, project_id=project_id)
            entry = await TimeEntry.create(
                organization_id=principal.organization_id,
                user_id=principal.user_id,
                project_id=project,
                task_id=None if task is None else task.id,
                description=description,
                billable=billable,
                started_at=_now(),
                running_user_id=principal.user_id,
            )
            uow.record(TimeEntryEvent.STARTED, entry.id, project_id=project)
            if task is not None:
                # Workflows can move a task on when work starts (e.g. To do → In progress).
                await tasks_service.auto_advance(
                    principal, task=task, trigger=AutoAdvanceTrigger.TIMER_STARTED
                )
    except IntegrityError:
        # Another start won the race; the unique index on running_user_id refused this one.
        running = await TimeEntry.get_or_none(running_user_id=principal.user_id)
        if running is None:
            raise
        raise _already_running(running) from None
    return entry


def _already_running(running: TimeEntry) -> Conflict:
    return Conflict(
        f"A timer is already running (entry {running.id}, started {running.started_at.isoformat()}). "
        "Stop it with time_stop_timer before starting another.",
        reason="TIMER_RUNNING",
    )


async def stop_timer(principal: Principal) -> TimeEntry:
    async with unit_of_work(principal) as uow:
        entry = (
            await TimeEntry.filter(running_user_id=principal.user_id).select_for_update().first()
        )
        if entry is None or str(entry.organization_id) != principal.organization_id:
            raise NotFound(
                "No timer is running. Start one with time_start_timer.", reason="NO_TIMER_RUNNING"
            )
        entry.ended_at = max(_now(), entry.started_at)
        entry.running_user_id = None
        await rating.store_rates(principal, entry)
        await entry.save(
            update_fields=["ended_at", "running_user_id", "hourly_rate", "cost_rate", "updated_at"]
        )
        uow.record(TimeEntryEvent.STOPPED, entry.id, project_id=entry.project_id)
    return entry


async def _running_timer(principal: Principal) -> TimeEntry:
    """The principal's running timer, locked; none running is NOT_FOUND naming time_start_timer."""
    entry = (
        await TimeEntry.filter(
            organization_id=principal.organization_id, running_user_id=principal.user_id
        )
        .select_for_update()
        .first()
    )
    if entry is None:
        raise NotFound(
            "No timer is running. Start one with time_start_timer.", reason="NO_TIMER_RUNNING"
        )
    return entry


async def update_timer(
    principal: Principal,
    *,
    description: Annotated[
        str | None, Doc("What you are doing."), Bounds(max_length=MAX_DESCRIPTION)
    ] = None,
    clear_description: Annotated[bool, Doc("Empty the description.")] = False,
    task_id: Annotated[
        Id | None, Doc("Move the timer to this task (id or key); its Space comes along.")
    ] = None,
    project_id: Annotated[
        Id | None,
        Doc("Move the timer to this Space; the timer's task must be in it (or give task_id)."),
    ] = None,
    clear_task: Annotated[bool, Doc("Detach the timer from its task; the Space stays.")] = False,
    clear_project: Annotated[bool, Doc("Detach the timer from its Space and task.")] = False,
    started_at: Annotated[
        datetime | None,
        Doc("Correct when the timer started: not in the future, at most 7 days ago."),
    ] = None,
    billable: Annotated[bool | None, Doc("Whether the time is billable to a client.")] = None,
) -> TimeEntry:
    """Edit your running timer; omitted arguments stay unchanged."""
    principal.require(Permission.TRACK_TIME, "track time")
    if clear_project and (task_id is not None or project_id is not None or clear_task):
        raise Invalid(
            "clear_project detaches the timer from its Space and task: do not combine it with "
            "task_id, project_id or clear_task.",
            field="clear_project",
        )
    if clear_task and task_id is not None:
        raise Invalid("Give task_id or clear_task, not both.", field="clear_task")
    refuse_empty(task_id, field="task_id")
    refuse_empty(project_id, field="project_id")
    now = _now()
    if started_at is not None:
        if started_at > now:
            raise Invalid(
                f"started_at {started_at.isoformat()} is in the future; a timer starts at the "
                "latest now.",
                field="started_at",
                reason="START_IN_FUTURE",
            )
        if now - started_at > MAX_ENTRY:
            raise Invalid(
                "A timer cannot have started more than 7 days ago. Record older work with "
                "time_entries_create.",
                field="started_at",
            )
    async with unit_of_work(principal) as uow:
        entry = await _running_timer(principal)
        new_task: Task | None = None
        if clear_project:
            entry.project_id, entry.task_id = None, None
        elif task_id is not None or project_id is not None:
            target, new_task = await _resolve_target(
                principal, task_id=task_id, project_id=project_id
            )
            if new_task is None and entry.task_id is not None and not clear_task:
                current = await tasks_service.get_task(principal, str(entry.task_id))
                if str(current.project_id) != str(target):
                    raise Invalid(
                        f"The timer's task {current.title!r} is in another Space. Give a task_id "
                        "of the new Space too, or clear_task: true.",
                        field="project_id",
                        reason="OTHER_SPACE",
                    )
            entry.project_id = target
            if new_task is not None:
                entry.task_id = new_task.id
        if clear_task:
            entry.task_id = None
        if started_at is not None:
            entry.started_at = started_at
        if clear_description:
            entry.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            entry.description = description
        if billable is not None:
            entry.billable = billable
        await entry.save()
        uow.record(TimeEntryEvent.UPDATED, entry.id, project_id=entry.project_id)
        if new_task is not None:
            # Work moved to this task: workflows may move it on, as when a timer starts on it.
            await tasks_service.auto_advance(
                principal, task=new_task, trigger=AutoAdvanceTrigger.TIMER_STARTED
            )
    return entry


async def discard_timer(principal: Principal) -> TimeEntry:
    """Delete your running timer without recording its time."""
    async with unit_of_work(principal) as uow:
        entry = await _running_timer(principal)
        await entry.delete()
        uow.record(TimeEntryEvent.DISCARDED, entry.id, project_id=entry.project_id)
    return entry


async def list_entries(
    principal: Principal,
    *,
    user_id: Annotated[
        Id | None, Doc("Only this user's entries (needs manage_time for others).")
    ] = None,
    project_id: Annotated[Id | None, Doc("Only entries of this Space.")] = None,
    task_id: Annotated[Id | None, Doc("Only entries of this task (id or key).")] = None,
    from_: Annotated[datetime | None, Doc("Only entries starting at or after this time.")] = None,
    to: Annotated[datetime | None, Doc("Only entries starting before this time.")] = None,
    billable: Annotated[
        bool | None, Doc("Only billable (true) or non-billable (false) entries.")
    ] = None,
    client_id: Annotated[Id | None, Doc("Only entries of this client's Spaces.")] = None,
    invoiced: Annotated[
        bool | None, Doc("Only entries billed on an invoice (true) or not billed (false).")
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[TimeEntry]:
    project = (
        await projects_service.get_project(principal, project_id)
        if project_id is not None
        else None
    )
    task = await tasks_service.get_task(principal, task_id) if task_id is not None else None
    if project is None and task is None:
        query = visible_entries(principal)
    else:
        # The Space or task was found readable, so its entries are the scope: leaving out the
        # organization-wide visibility filter keeps the page and its count on the
        # (project_id | task_id, started_at) index instead of the organization's.
        query = TimeEntry.all()
        if not principal.can(Permission.MANAGE_TIME):
            query = query.filter(user_id=principal.user_id)
        if project is not None:
            query = query.filter(project_id=project.id)
        if task is not None:
            query = query.filter(task_id=task.id)
    if client_id is not None:
        client = await clients_service.client_of_organization(principal, client_id)
        query = query.filter(project_id__in=_projects_of_client(principal, client.id))
    if invoiced is not None:
        billed = _billed_entry_ids(principal)
        query = query.filter(id__in=billed) if invoiced else query.exclude(id__in=billed)
    if user_id is not None:
        query = query.filter(user_id=parse_id(user_id, entity="user", field="user_id"))
    if from_ is not None:
        query = query.filter(started_at__gte=from_)
    if to is not None:
        query = query.filter(started_at__lt=to)
    if billable is not None:
        query = query.filter(billable=billable)
    return await paginate(query, limit=limit, cursor=cursor, order_by="started_at", descending=True)


async def get_entry(principal: Principal, *, entry_id: EntryId) -> TimeEntry:
    return await get_in(visible_entries(principal), entry_id, entity="time entry", field="entry_id")


def _check_span(started_at: datetime, ended_at: datetime) -> None:
    if ended_at <= started_at:
        raise Invalid("ended_at must be after started_at.", field="ended_at")
    if ended_at - started_at > MAX_ENTRY:
        raise Invalid(
            "A time entry cannot be longer than 7 days. Split it into several entries.",
            field="ended_at",
        )


async def create_entry(
    principal: Principal,
    *,
    started_at: Annotated[
        datetime,
        Doc("When the work started (ISO 8601 with offset, e.g. 2026-01-31T09:30:00+01:00)."),
    ],
    ended_at: EndedAt = None,
    duration_minutes: Annotated[
        int | None, Doc("How long the work took, instead of ended_at.")
    ] = None,
    task_id: WorkedTaskId = None,
    project_id: Annotated[
        Id | None, Doc("The Space worked on; implied by task_id when given.")
    ] = None,
    description: Description = None,
    billable: Billable = False,
) -> TimeEntry:
    principal.require(Permission.TRACK_TIME, "track time")
    if (ended_at is None) == (duration_minutes is None):
        raise Invalid("Give exactly one of ended_at or duration_minutes.", field="ended_at")
    if duration_minutes is not None:
        if duration_minutes <= 0:
            raise Invalid("duration_minutes must be positive.", field="duration_minutes")
        ended_at = started_at + timedelta(minutes=duration_minutes)
    assert ended_at is not None
    _check_span(started_at, ended_at)
    async with unit_of_work(principal) as uow:
        project, task = await _resolve_target(principal, task_id=task_id, project_id=project_id)
        entry = TimeEntry(
            organization_id=principal.organization_id,
            user_id=principal.user_id,
            project_id=project,
            task_id=None if task is None else task.id,
            description=description,
            billable=billable,
            started_at=started_at,
            ended_at=ended_at,
        )
        await rating.store_rates(principal, entry)
        await entry.save()
        uow.record(TimeEntryEvent.CREATED, entry.id, project_id=project)
    return entry


async def _editable_entry(principal: Principal, entry_id: str) -> TimeEntry:
    principal.require(Permission.TRACK_TIME, "edit time entries")
    entry = await get_entry(principal, entry_id=entry_id)
    invoice = await billing_locks.locking_invoice(entry.id)
    if invoice is not None:
        raise Conflict(
            f"This time entry is billed on invoice {billing_locks.invoice_label(invoice)} "
            f"({invoice.status.value}), so it cannot be changed or deleted. Void that invoice "
            "with invoices_void first if the time really was wrong.",
            field="entry_id",
            reason="ENTRY_BILLED",
        )
    if str(entry.user_id) != principal.user_id:
        principal.require(Permission.MANAGE_TIME, "edit other people's time entries")
    if entry.project_id is not None:
        await projects_service.writable_project_of(principal, entry)
    return entry


async def update_entry(
    principal: Principal,
    *,
    entry_id: EntryId,
    started_at: Annotated[datetime | None, Doc("When the work started.")] = None,
    ended_at: EndedAt = None,
    task_id: WorkedTaskId = None,
    project_id: Annotated[
        Id | None,
        Doc(
            "The Space worked on. Moving a stopped entry that no invoice bills to another "
            "Space (also through task_id) re-resolves its rates; a billed one keeps them."
        ),
    ] = None,
    description: Description = None,
    clear_description: Annotated[bool, Doc("Empty the description.")] = False,
    billable: Annotated[bool | None, Doc("Whether the time is billable to a client.")] = None,
) -> TimeEntry:
    async with unit_of_work(principal) as uow:
        entry = await _editable_entry(principal, entry_id)
        if task_id is not None or project_id is not None:
            before = entry.project_id
            entry.project_id, task = await _resolve_target(
                principal, task_id=task_id, project_id=project_id
            )
            entry.task_id = None if task is None else task.id
            # Rates follow the Space, not the task: moving an unbilled entry to another Space
            # re-resolves them; a billed one (even on a draft) keeps what it was billed at.
            if (
                str(before) != str(entry.project_id)
                and entry.ended_at is not None
                and not await billing_locks.is_billed(entry.id)
            ):
                await rating.store_rates(principal, entry)
        if started_at is not None:
            entry.started_at = started_at
        if ended_at is not None:
            if entry.ended_at is None:
                raise Invalid(
                    "This timer is still running; stop it with time_stop_timer.", field="ended_at"
                )
            entry.ended_at = ended_at
        if entry.ended_at is not None:
            _check_span(entry.started_at, entry.ended_at)
        if clear_description:
            entry.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            entry.description = description
        if billable is not None:
            entry.billable = billable
        await entry.save()
        uow.record(TimeEntryEvent.UPDATED, entry.id, project_id=entry.project_id)
    return entry


async def delete_entry(principal: Principal, *, entry_id: EntryId) -> TimeEntry:
    async with unit_of_work(principal) as uow:
        entry = await _editable_entry(principal, entry_id)
        await entry.delete()
        uow.record(TimeEntryEvent.DELETED, entry.id, project_id=entry.project_id)
    return entry


def _billed_entry_ids(principal: Principal) -> Subquery:
    return billing_locks.billed_entry_ids(principal.organization_id)


def _projects_of_client(principal: Principal, client_id: object) -> Subquery:
    return Subquery(
        projects_service.accessible_projects(principal).filter(client_id=client_id).values("id")
    )


@dataclass(frozen=True)
class Rerated:
    examined_count: int
    changed_count: int


_RERATE_BATCH = 500


async def rerate_entries(
    principal: Principal,
    *,
    project_id: Annotated[Id | None, Doc("Only entries of this Space.")] = None,
    client_id: Annotated[Id | None, Doc("Only entries of this client's Spaces.")] = None,
    user_id: Annotated[Id | None, Doc("Only this member's entries.")] = None,
    from_: Annotated[datetime | None, Doc("Only entries starting at or after this time.")] = None,
    to: Annotated[datetime | None, Doc("Only entries starting before this time.")] = None,
) -> Rerated:
    """Re-resolve the rates of stopped entries billed on no invoice, from today's rates.

    Entries in archived Spaces are read-only and keep theirs; so do billed entries (a draft's
    too: delete the draft first) and running timers (resolved when they stop).
    """
    principal.require(Permission.MANAGE_TIME, "re-rate time entries")
    query = (
        visible_entries(principal)
        .filter(ended_at__isnull=False)
        .exclude(id__in=_billed_entry_ids(principal))
        .filter(
            Q(project_id__isnull=True)
            | Q(
                project_id__in=Subquery(
                    projects_service.accessible_projects(principal)
                    .filter(archived_at__isnull=True)
                    .values("id")
                )
            )
        )
    )
    if project_id is not None:
        query = query.filter(
            project_id=(await projects_service.get_project(principal, project_id)).id
        )
    if client_id is not None:
        client = await clients_service.client_of_organization(principal, client_id)
        query = query.filter(project_id__in=_projects_of_client(principal, client.id))
    if user_id is not None:
        member = await members_service.get_member(principal, user_id=user_id)
        query = query.filter(user_id=member.user_id)
    if from_ is not None:
        query = query.filter(started_at__gte=from_)
    if to is not None:
        query = query.filter(started_at__lt=to)
    examined = changed = 0
    async with unit_of_work(principal) as uow:
        last: UUID | None = None
        while True:
            batch_query = query if last is None else query.filter(id__gt=last)
            batch = await batch_query.order_by("id").limit(_RERATE_BATCH)
            if not batch:
                break
            last = batch[-1].id
            examined += len(batch)
            resolved = await rating.resolve_rates(principal, batch)
            groups: dict[tuple[object, object], list[TimeEntry]] = {}
            for entry in batch:
                rate = resolved[entry.id]
                if (entry.hourly_rate, entry.cost_rate) != (rate.hourly_rate, rate.cost_rate):
                    groups.setdefault((rate.hourly_rate, rate.cost_rate), []).append(entry)
            for (hourly, cost), entries in groups.items():
                await TimeEntry.filter(id__in=[e.id for e in entries]).update(
                    hourly_rate=hourly, cost_rate=cost, updated_at=_now()
                )
                changed += len(entries)
                for entry in entries:
                    uow.record(TimeEntryEvent.UPDATED, entry.id, project_id=entry.project_id)
    return Rerated(examined_count=examined, changed_count=changed)
