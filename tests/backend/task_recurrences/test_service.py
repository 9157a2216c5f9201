"""Recurrence rules through the service layer: creation, validation, permissions, updates."""

from __future__ import annotations

from datetime import date

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.projects import service as projects_service
from backend.projects.models import Visibility
from backend.task_recurrences import service
from backend.task_recurrences.models import RecurrenceMode, TaskRecurrence
from backend.task_recurrences.rules import Frequency, Rule, Weekday
from backend.tasks import service as tasks_service
from backend.tasks.models import Priority, Task
from tests.backend.task_recurrences.support import new_project, new_recurrence, utc
from tests.conftest import Workspace


async def test_a_rule_stores_explicit_rrule_text_and_first_run_at_local_midnight(
    workspace: Workspace,
) -> None:
    project = await new_project(workspace)
    recurrence = await new_recurrence(
        workspace,
        project,
        rule=Rule(Frequency.WEEKLY),
        starts_on=date(2030, 7, 3),
        timezone="Europe/Paris",
    )
    assert recurrence.rule == "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE"
    # Paris is UTC+2 in July: the day begins at 22:00 UTC the evening before.
    assert recurrence.next_run_at == utc(2030, 7, 2, 22, 0)
    assert str(recurrence.created_by_id) == workspace.user_id  # type: ignore[attr-defined]


async def test_a_template_task_gives_its_project_title_and_description(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    project = await new_project(workspace)
    template = await tasks_service.create_task(
        owner, project_id=str(project.id), title="Send invoices", description="All clients"
    )
    recurrence = await service.create_recurrence(
        owner,
        template_task_id=f"{project.key}-{template.number}",
        rule=Rule(Frequency.MONTHLY, month_day=-1),
        starts_on=date(2030, 1, 1),
    )
    assert (recurrence.project_id, recurrence.template_task_id) == (project.id, template.id)
    assert (recurrence.title, recurrence.description) == ("Send invoices", "All clients")


@pytest.mark.parametrize(
    ("arguments", "field", "message"),
    [
        ({"project_id": None}, "template_task_id", "Give template_task_id"),
        ({"title": None}, "title", "project_id and title"),
        ({"ends_on": date(2030, 2, 1), "count": 3}, "count", "not both"),
        ({"ends_on": date(2029, 2, 1)}, "ends_on", "before starts_on"),
        ({"count": 0}, "count", "count must be between"),
        ({"timezone": "Mars/Olympus"}, "timezone", "IANA name"),
        ({"rule": Rule(Frequency.MONTHLY, nth=2)}, "rule", "exactly one weekday"),
        (
            {
                "rule": Rule(Frequency.WEEKLY, weekdays=(Weekday.MO,)),
                "mode": RecurrenceMode.AFTER_COMPLETION,
            },
            "rule",
            "only takes frequency and interval",
        ),
    ],
)
async def test_invalid_rules_are_refused_with_the_field_and_a_fix(
    workspace: Workspace, arguments: dict[str, object], field: str, message: str
) -> None:
    project = await new_project(workspace)
    values: dict[str, object] = {
        "project_id": str(project.id),
        "title": "x",
        "rule": Rule(Frequency.DAILY),
        "starts_on": date(2030, 1, 1),
    }
    values.update(arguments)
    with pytest.raises(Invalid, match=message) as refused:
        await service.create_recurrence(workspace.principal(), **values)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert await TaskRecurrence.filter(project_id=project.id).count() == 0


async def test_writes_need_manage_tasks_and_a_writable_project(workspace: Workspace) -> None:
    project = await new_project(workspace)
    guest = await workspace.add_member(Role.GUEST)
    await projects_service.add_member(
        workspace.principal(), project_id=str(project.id), user_id=guest.user_id
    )
    with pytest.raises(Forbidden, match="manage_tasks"):
        await new_recurrence(guest, project, role=Role.GUEST)
    recurrence = await new_recurrence(workspace, project)
    # The guest can read what they cannot change.
    assert (await service.get_recurrence(guest.principal(Role.GUEST), str(recurrence.id))).id
    await projects_service.set_archived(
        workspace.principal(), project_id=str(project.id), archived=True
    )
    with pytest.raises(Conflict, match="archived"):
        await service.update_recurrence(
            workspace.principal(), recurrence_id=str(recurrence.id), title="New"
        )
    with pytest.raises(Conflict, match="archived"):
        await new_recurrence(workspace, project)


async def test_a_private_space_hides_its_rules_from_non_members(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await projects_service.create_project(
        owner, name="Secret", visibility=Visibility.PRIVATE
    )
    recurrence = await new_recurrence(workspace, project)
    outsider = await workspace.add_member(Role.MEMBER)
    as_outsider = outsider.principal(Role.MEMBER)
    with pytest.raises(NotFound):
        await service.get_recurrence(as_outsider, str(recurrence.id))
    page = await service.list_recurrences(as_outsider, limit=50, cursor=None)
    assert recurrence.id not in [r.id for r in page.items]
    with pytest.raises(NotFound):
        await service.delete_recurrence(as_outsider, recurrence_id=str(recurrence.id))


async def test_update_recomputes_when_to_run_and_pause_stops_it(workspace: Workspace) -> None:
    owner = workspace.principal()
    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project, starts_on=date(2030, 1, 1))
    updated = await service.update_recurrence(
        owner,
        recurrence_id=str(recurrence.id),
        rule=Rule(Frequency.MONTHLY, weekdays=(Weekday.TU,), nth=2),
        timezone="America/New_York",
    )
    assert updated.rule == "FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU"
    assert updated.next_run_at == utc(2030, 1, 8, 5, 0)  # 2nd Tuesday, midnight EST
    paused = await service.update_recurrence(owner, recurrence_id=str(recurrence.id), paused=True)
    assert paused.next_run_at is None
    resumed = await service.update_recurrence(
        owner, recurrence_id=str(recurrence.id), paused=False, count=2
    )
    assert (resumed.next_run_at, resumed.count) == (utc(2030, 1, 8, 5, 0), 2)
    with pytest.raises(Invalid, match="not both"):
        await service.update_recurrence(
            owner, recurrence_id=str(recurrence.id), ends_on=date(2030, 5, 1)
        )
    ended = await service.update_recurrence(
        owner, recurrence_id=str(recurrence.id), ends_on=date(2030, 5, 1), clear_count=True
    )
    assert (ended.ends_on, ended.count) == (date(2030, 5, 1), None)


async def test_delete_removes_the_rule_and_keeps_the_tasks_it_created(
    workspace: Workspace,
) -> None:
    from backend.task_recurrences.scheduler import run_due

    owner = workspace.principal()
    project = await new_project(workspace)
    recurrence = await new_recurrence(workspace, project)
    assert await run_due(utc(2030, 1, 1, 12)) >= 1
    task = await Task.get(project_id=project.id)
    await service.delete_recurrence(owner, recurrence_id=str(recurrence.id))
    assert not await TaskRecurrence.exists(id=recurrence.id)
    assert (await Task.get(id=task.id)).priority == Priority.NONE
