"""Due-date reminders: "due tomorrow" for each person of a task, once per task and day.

A loop in every server process (like the recurrence scheduler). Exactly once across replicas:
each reminder's row carries the key `due:<task id>:<date>`, unique per recipient, inserted in a
transaction of its own; the replica that loses the race gets IntegrityError and moves on.
"Tomorrow" is the UTC date (the organization's time zone replaces it once organizations have one).
Reminders are not changes anyone made, so they write no audit entry; they publish
`notification.created` to the recipient like any other notification.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import UTC, date, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.core import realtime
from backend.core.principal import Principal
from backend.core.unit_of_work import write_events
from backend.members import service as members_service
from backend.notifications.events import NotificationEvent
from backend.notifications.kinds import NotificationKind
from backend.notifications.models import Notification
from backend.notifications.rules import one_line
from backend.notifications.rules.context import people_of, quoted
from backend.projects import service as projects_service
from backend.tasks.models import Task
from backend.users import preferences
from subscriptions import EventMessage

logger = logging.getLogger("trcr.reminders")

POLL_SECONDS = 300.0


def reminder_key(task_id: object, due_on: date) -> str:
    return f"due:{task_id}:{due_on.isoformat()}"


async def remind_due_tomorrow(now: datetime) -> int:
    """Create every missing "due tomorrow" reminder as of `now`; returns how many were created."""
    tomorrow = now.astimezone(UTC).date() + timedelta(days=1)
    tasks = await Task.filter(due_date=tomorrow, completed_at__isnull=True).order_by("id")
    created = 0
    for task in tasks:
        try:
            created += await _remind(task, tomorrow)
        except Exception:
            logger.exception("task %s: could not create its due-date reminders", task.id)
    return created


async def _remind(task: Task, due_on: date) -> int:
    key = reminder_key(task.id, due_on)
    people = await people_of(task)
    done = {
        str(user_id)
        for user_id in await Notification.filter(
            recipient_id__in=people, dedupe_key=key
        ).values_list("recipient_id", flat=True)
    }
    waiting = [user_id for user_id in people if user_id not in done]
    if not waiting:
        return 0
    organization_id = str(task.organization_id)
    roles = await members_service.roles_in(organization_id=organization_id, user_ids=waiting)
    muted = await preferences.muted_kinds(waiting)
    created = 0
    for user_id in waiting:
        role = roles.get(user_id)
        if role is None or NotificationKind.TASK_DUE_TOMORROW in muted.get(user_id, set()):
            continue
        if not await projects_service.can_access(
            Principal(user_id, organization_id, role), str(task.project_id)
        ):
            continue
        try:
            async with in_transaction():
                notification = await Notification.create(
                    organization_id=organization_id,
                    recipient_id=user_id,
                    actor_id=None,
                    kind=NotificationKind.TASK_DUE_TOMORROW,
                    entity_type="task",
                    entity_id=str(task.id),
                    text=one_line(f"{quoted(task.title)} is due tomorrow"),
                    dedupe_key=key,
                )
                # In the reminder's transaction: the outbox keeps its event with it.
                events = await write_events(
                    [
                        EventMessage(
                            type=NotificationEvent.CREATED.value,
                            organization_id=organization_id,
                            entity_type=NotificationEvent.CREATED.entity_type,
                            entity_id=str(notification.id),
                            project_id=None,
                            actor_id=None,
                            occurred_at=datetime.now(UTC),
                        )
                    ]
                )
        except IntegrityError:
            continue  # another replica reminded this person first
        created += 1
        await realtime.committed(events)
    return created


async def run_forever(poll_seconds: float = POLL_SECONDS) -> None:
    while True:
        try:
            await remind_due_tomorrow(datetime.now(UTC))
        except Exception:
            logger.exception("due-date reminder pass failed; trying again next pass")
        await asyncio.sleep(poll_seconds)


@asynccontextmanager
async def running(poll_seconds: float = POLL_SECONDS) -> AsyncIterator[None]:
    """Send reminders in the background for the duration of the block (the app's lifespan)."""
    loop = asyncio.create_task(run_forever(poll_seconds), name="due-date-reminders")
    try:
        yield
    finally:
        loop.cancel()
        with suppress(asyncio.CancelledError):
            await loop
