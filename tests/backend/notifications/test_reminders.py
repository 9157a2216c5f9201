"""Due tomorrow: one reminder per task, person and day, also when replicas race."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest
from tortoise.exceptions import IntegrityError

from backend.core.permissions import Role
from backend.notifications import reminders
from backend.notifications.kinds import NotificationKind
from backend.notifications.models import Notification
from backend.projects import service as projects_service
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.users import preferences
from tests.conftest import Workspace
from tests.support import Database

# Far from any other test's dates: the pass sees every organization's tasks.
NOW = datetime(2031, 3, 9, 8, 0, tzinfo=UTC)
TOMORROW = date(2031, 3, 10)


@pytest.fixture(autouse=True)
async def _only_this_tests_tasks(database: Database) -> None:
    await Task.filter(due_date=TOMORROW).update(due_date=None)


async def _reminders(task_id: object) -> list[str]:
    rows = await Notification.filter(
        entity_id=str(task_id), kind=NotificationKind.TASK_DUE_TOMORROW
    ).order_by("recipient_id")
    return [str(row.recipient_id) for row in rows]


async def test_a_task_due_tomorrow_reminds_its_people_once(workspace: Workspace) -> None:
    owner = workspace.principal()
    ada = await workspace.add_member(Role.MEMBER)
    project = await projects_service.create_project(owner, name="Deadlines")
    task = await tasks_service.create_task(
        owner,
        project_id=str(project.id),
        title="File taxes",
        due_date=TOMORROW,
        assignee_ids=[ada.user_id],
    )
    later = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Later", due_date=date(2031, 3, 11)
    )
    assert await reminders.remind_due_tomorrow(NOW) == 2  # the assignee and the creator
    assert await reminders.remind_due_tomorrow(NOW) == 0  # a later pass the same day
    assert await _reminders(task.id) == sorted([ada.user_id, workspace.user_id])
    assert await _reminders(later.id) == []
    row = await Notification.get(
        recipient_id=ada.user_id, entity_id=str(task.id), kind=NotificationKind.TASK_DUE_TOMORROW
    )
    assert (row.text, row.actor_id) == ("“File taxes” is due tomorrow", None)


async def test_racing_replicas_create_each_reminder_once(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Race")
    task = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Race", due_date=TOMORROW
    )
    results = await asyncio.gather(*(reminders.remind_due_tomorrow(NOW) for _ in range(3)))
    assert sum(results) == 1
    assert await _reminders(task.id) == [workspace.user_id]
    # The database enforces it: a second row with the same key is refused
    with pytest.raises(IntegrityError):
        await Notification.create(
            organization_id=workspace.organization_id,
            recipient_id=workspace.user_id,
            kind=NotificationKind.TASK_DUE_TOMORROW,
            entity_type="task",
            entity_id=str(task.id),
            text="again",
            dedupe_key=reminders.reminder_key(task.id, TOMORROW),
        )


async def test_completed_tasks_and_muted_people_get_no_reminder(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(owner, name="Quiet")
    task = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Muted", due_date=TOMORROW
    )
    await preferences.update_preferences(owner, notification_kinds=[])
    done = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Done", due_date=TOMORROW
    )
    await Task.filter(id=done.id).update(completed_at=NOW)
    assert await reminders.remind_due_tomorrow(NOW) == 0
    assert await _reminders(task.id) == [] and await _reminders(done.id) == []
