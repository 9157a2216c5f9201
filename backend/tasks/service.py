"""Tasks and workflow statuses: creation with human keys, edits, assignment, status changes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from tortoise.expressions import F, Q, Subquery
from tortoise.queryset import QuerySet

from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import UnitOfWork, unit_of_work
from backend.orgs import service as orgs_service
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_statuses import service as statuses_service
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.tasks.models import Priority, Task, TaskAssignee

HUMAN_KEY = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,9})-(\d+)$")
POSITION_GAP = 1024


def visible_tasks(principal: Principal) -> QuerySet[Task]:
    return Task.filter(
        organization_id=principal.organization_id,
        project_id__in=Subquery(projects_service.accessible_projects(principal).values("id")),
    )


async def get_task(principal: Principal, task_ref: str, *, field: str = "task_id") -> Task:
    """A task by id or by human key (WEB-42), if the principal can see its project."""
    match = HUMAN_KEY.match(task_ref.strip())
    query = visible_tasks(principal)
    if match:
        task = await query.filter(project__key=match[1].upper(), number=int(match[2])).first()
    else:
        task = await query.filter(id=parse_id(task_ref, entity="task", field=field)).first()
    if task is None:
        raise NotFound.entity("task", task_ref, field=field)
    return task


async def _get_writable_task(principal: Principal, task_ref: str) -> tuple[Task, Project]:
    principal.require(Permission.MANAGE_TASKS, "change tasks")
    task = await get_task(principal, task_ref)
    project = await Project.get(id=task.project_id)
    projects_service.ensure_writable(project)
    return task, project


async def _last_position(project_id: str) -> int:
    last = await Task.filter(project_id=project_id).order_by("-position").first()
    return last.position if last is not None else 0


def _check_dates(start_date: date | None, due_date: date | None) -> None:
    if start_date is not None and due_date is not None and start_date > due_date:
        raise Invalid(
            f"start_date ({start_date}) is after due_date ({due_date}). "
            "Pick a start date on or before the due date.",
            field="start_date",
        )


def _clean_title(title: str) -> str:
    title = title.strip()
    if not title or len(title) > 500:
        raise Invalid("The task title must be 1 to 500 characters.", field="title")
    return title


async def _check_assignable(principal: Principal, project: Project, user_id: object) -> object:
    user = parse_id(user_id, entity="user", field="user_id")
    if not await orgs_service.is_member(organization_id=principal.organization_id, user_id=user):
        raise NotFound.entity("user", user_id, field="user_id")
    return user


async def list_tasks(
    principal: Principal,
    *,
    project_id: str | None = None,
    status_id: str | None = None,
    assignee_id: str | None = None,
    due_before: date | None = None,
    due_after: date | None = None,
    query: str | None = None,
    include_completed: bool = True,
    limit: int,
    cursor: str | None,
) -> Page[Task]:
    tasks = visible_tasks(principal)
    if project_id is not None:
        tasks = tasks.filter(
            project_id=(await projects_service.get_project(principal, project_id)).id
        )
    if status_id is not None:
        tasks = tasks.filter(status_id=(await statuses_service.get_status(principal, status_id)).id)
    if assignee_id is not None:
        tasks = tasks.filter(
            assignees__user_id=parse_id(assignee_id, entity="user", field="assignee_id")
        )
    if due_before is not None:
        tasks = tasks.filter(due_date__lte=due_before)
    if due_after is not None:
        tasks = tasks.filter(due_date__gte=due_after)
    if query:
        tasks = tasks.filter(Q(title__icontains=query) | Q(description__icontains=query))
    if not include_completed:
        tasks = tasks.filter(completed_at__isnull=True)
    return await paginate(tasks, limit=limit, cursor=cursor, order_by="position")


async def create_task(
    principal: Principal,
    *,
    project_id: str,
    title: str,
    description: str | None = None,
    status_id: str | None = None,
    assignee_ids: list[str] | None = None,
    priority: Priority = Priority.NONE,
    start_date: date | None = None,
    due_date: date | None = None,
) -> Task:
    principal.require(Permission.MANAGE_TASKS, "create tasks")
    title = _clean_title(title)
    _check_dates(start_date, due_date)
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        status = await (
            statuses_service.status_for_project(principal, project, status_id)
            if status_id
            else statuses_service.first_status(project)
        )
        assignees = [
            await _check_assignable(principal, project, uid)
            for uid in dict.fromkeys(assignee_ids or [])
        ]
        # The UPDATE locks the project row until commit, so concurrent creates get distinct numbers.
        await Project.filter(id=project.id).update(next_task_number=F("next_task_number") + 1)
        numbered = await Project.get(id=project.id)
        top = await _last_position(str(project.id))
        task = await Task.create(
            organization_id=principal.organization_id,
            project_id=project.id,
            number=numbered.next_task_number - 1,
            title=title,
            description=description,
            status_id=status.id,
            priority=priority,
            position=top + POSITION_GAP,
            start_date=start_date,
            due_date=due_date,
            completed_at=datetime.now(UTC) if status.is_terminal else None,
            created_by_id=principal.user_id,
        )
        for user_id in assignees:
            await TaskAssignee.create(task_id=task.id, user_id=user_id)
        uow.record("task.created", task.id, project_id=project.id)
    return task


async def update_task(
    principal: Principal,
    *,
    task_id: str,
    title: str | None = None,
    description: str | None = None,
    clear_description: bool = False,
    priority: Priority | None = None,
    start_date: date | None = None,
    due_date: date | None = None,
    clear_start_date: bool = False,
    clear_due_date: bool = False,
) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        if title is not None:
            task.title = _clean_title(title)
        if clear_description:
            task.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            task.description = description
        if priority is not None:
            task.priority = priority
        if clear_start_date:
            task.start_date = None
        elif start_date is not None:
            task.start_date = start_date
        if clear_due_date:
            task.due_date = None
        elif due_date is not None:
            task.due_date = due_date
        _check_dates(task.start_date, task.due_date)
        await task.save()
        uow.record("task.updated", task.id, project_id=project.id)
    return task


async def delete_task(principal: Principal, *, task_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        await task.delete()
        uow.record("task.deleted", task.id, project_id=project.id)
    return task


async def assign(principal: Principal, *, task_id: str, user_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        user = await _check_assignable(principal, project, user_id)
        _, created = await TaskAssignee.get_or_create(task_id=task.id, user_id=user)
        if created:
            uow.record("task.assigned", task.id, project_id=project.id)
    return task


async def unassign(principal: Principal, *, task_id: str, user_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        user = parse_id(user_id, entity="user", field="user_id")
        deleted = await TaskAssignee.filter(task_id=task.id, user_id=user).delete()
        if not deleted:
            raise NotFound(
                f"User {user_id} is not assigned to this task; nothing to unassign.",
                field="user_id",
            )
        uow.record("task.unassigned", task.id, project_id=project.id)
    return task


async def set_status(principal: Principal, *, task_id: str, status_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        status = await statuses_service.status_for_project(principal, project, status_id)
        if task.status_id != status.id:
            await _move_to_status(uow, task, status)
    return task


async def _move_to_status(uow: UnitOfWork, task: Task, status: TaskStatus) -> None:
    """The one place a task changes status: completion follows the terminal flag, a task with
    open blockers cannot complete, and completing a blocker lets its dependents auto-advance."""
    # Imported here: task_dependencies builds on tasks.
    from backend.task_dependencies import service as dependencies

    was_completed = task.completed_at is not None
    if status.is_terminal and not was_completed:
        await dependencies.ensure_no_open_blockers(task)
    task.status_id = status.id
    task.completed_at = (task.completed_at or datetime.now(UTC)) if status.is_terminal else None
    await task.save(update_fields=["status_id", "completed_at", "updated_at"])
    uow.record("task.status_changed", task.id, project_id=task.project_id)
    if status.is_terminal and not was_completed:
        for dependent in await dependencies.unblocked_by(task):
            await auto_advance(
                uow.principal, task=dependent, trigger=AutoAdvanceTrigger.BLOCKERS_DONE
            )


async def auto_advance(principal: Principal, *, task: Task, trigger: AutoAdvanceTrigger) -> bool:
    """Apply the current status's auto-advance transition for `trigger`, if it has one.

    One hop per triggering event, so transitions can never loop (A → B → A) within an event.
    Returns whether the task moved.
    """
    async with unit_of_work(principal) as uow:
        status = await TaskStatus.get(id=task.status_id)
        if status.auto_advance_on != trigger or status.auto_advance_to_id is None:
            return False
        target = await TaskStatus.get_or_none(id=status.auto_advance_to_id)
        if target is None or target.id == status.id:
            return False
        await _move_to_status(uow, task, target)
    return True


async def move_group_tasks(
    principal: Principal, *, from_group_id: object, to_group_id: object | None
) -> int:
    """Move every task of one group to another (None: out of any group), appended in order.

    Called by the task_groups domain when a group is deleted. Returns how many tasks moved.
    """
    async with unit_of_work(principal) as uow:
        moving = await Task.filter(
            organization_id=principal.organization_id, group_id=from_group_id
        ).order_by("position", "id")
        if not moving:
            return 0
        top = await _last_position_in_group(moving[0].project_id, to_group_id)
        for offset, task in enumerate(moving, start=1):
            task.group_id = to_group_id  # type: ignore[assignment]  # tortoise types nullable FKs as non-null
            task.position = top + offset * POSITION_GAP
            await task.save(update_fields=["group_id", "position", "updated_at"])
            uow.record("task.moved", task.id, project_id=task.project_id)
    return len(moving)


async def replace_status(
    principal: Principal, *, from_status_id: object, to_status_id: object
) -> int:
    """Move every task in one status to another (used when a status is deleted)."""
    async with unit_of_work(principal) as uow:
        target = await TaskStatus.get(id=to_status_id, organization_id=principal.organization_id)
        moving = await Task.filter(
            organization_id=principal.organization_id, status_id=from_status_id
        )
        for task in moving:
            await _move_to_status(uow, task, target)
    return len(moving)


async def _last_position_in_group(project_id: object, group_id: object | None) -> int:
    last = await Task.filter(project_id=project_id, group_id=group_id).order_by("-position").first()
    return last.position if last is not None else 0
