"""Tasks: human keys, edits, subtasks, labels, assignment, status changes and board order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from uuid import UUID

from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet

from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import UnitOfWork, unit_of_work
from backend.labels.models import Label
from backend.members import service as members_service
from backend.milestones import service as milestones_service
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_groups import service as groups_service
from backend.task_statuses import service as statuses_service
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.tasks.events import TaskEvent
from backend.tasks.models import Priority, Task, TaskAssignee, TaskLabel

HUMAN_KEY = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,9})-(\d+)$")
POSITION_GAP = 1024
MAX_ESTIMATE_MINUTES = 100_000


def visible_tasks(principal: Principal) -> QuerySet[Task]:
    return projects_service.in_accessible_projects(principal, Task)


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


async def _get_tasks(principal: Principal, task_refs: Sequence[str], *, field: str) -> list[Task]:
    """Several tasks by id or key, in the order given: one query for all the ids."""
    by_id: dict[UUID, str] = {}
    for ref in task_refs:
        if not HUMAN_KEY.match(ref.strip()):
            by_id[parse_id(ref, entity="task", field=field)] = ref
    found = {t.id: t for t in await visible_tasks(principal).filter(id__in=list(by_id))}
    for uuid, ref in by_id.items():
        if uuid not in found:
            raise NotFound.entity("task", ref, field=field)
    tasks = []
    for ref in task_refs:
        if HUMAN_KEY.match(ref.strip()):
            tasks.append(await get_task(principal, ref, field=field))
        else:
            tasks.append(found[parse_id(ref, entity="task", field=field)])
    return tasks


async def _get_writable_task(principal: Principal, task_ref: str) -> tuple[Task, Project]:
    principal.require(Permission.MANAGE_TASKS, "change tasks")
    task = await get_task(principal, task_ref)
    project = await Project.get(id=task.project_id)
    projects_service.ensure_writable(project)
    return task, project


async def _lock_project(project_id: object) -> None:
    """Serialize board-order and hierarchy changes per project until commit.

    PostgreSQL takes a row lock; SQLite ignores it because it already serializes writers.
    """
    await Project.filter(id=project_id).select_for_update(no_key=True).first()


async def _get_labels(principal: Principal, label_ids: Sequence[str], *, field: str) -> list[Label]:
    parsed = {parse_id(ref, entity="label", field=field): ref for ref in label_ids}
    found = {
        row.id: row
        for row in await Label.filter(
            id__in=list(parsed), organization_id=principal.organization_id
        )
    }
    for uuid, ref in parsed.items():
        if uuid not in found:
            raise NotFound.entity("label", ref, field=field)
    return [found[uuid] for uuid in parsed]


async def _parent_in(
    principal: Principal, project: Project, parent_ref: str, *, child: Task | None = None
) -> Task:
    """The parent a task may take: same project, and never one of the task's own subtasks."""
    parent = await get_task(principal, parent_ref, field="parent_task_id")
    if parent.project_id != project.id:
        raise Invalid(
            f"Task {parent_ref} belongs to another Space; a subtask's parent must be a task of "
            f"{project.key}.",
            field="parent_task_id",
        )
    if child is None:
        return parent
    if parent.id == child.id:
        raise Invalid(
            f"A task cannot be its own parent ({project.key}-{child.number}).",
            field="parent_task_id",
        )
    chain = [parent]
    seen = {parent.id}
    while chain[-1].parent_task_id is not None and chain[-1].parent_task_id not in seen:
        ancestor = await Task.get_or_none(id=chain[-1].parent_task_id)
        if ancestor is None:
            break
        chain.append(ancestor)
        seen.add(ancestor.id)
        if ancestor.id == child.id:
            path = " → ".join(f"{project.key}-{t.number}" for t in chain)
            raise Invalid(
                f"{project.key}-{child.number} cannot become a subtask of "
                f"{project.key}-{parent.number}: that would make a cycle of subtasks ({path} → "
                f"{project.key}-{parent.number}, each a subtask of the next). Pick a parent that "
                "is not one of its subtasks.",
                field="parent_task_id",
            )
    return parent


def _check_dates(start_date: date | None, due_date: date | None) -> None:
    if start_date is not None and due_date is not None and start_date > due_date:
        raise Invalid(
            f"start_date ({start_date}) is after due_date ({due_date}). "
            "Pick a start date on or before the due date.",
            field="start_date",
        )


def _check_estimate(estimate_minutes: int | None) -> None:
    if estimate_minutes is not None and not 0 <= estimate_minutes <= MAX_ESTIMATE_MINUTES:
        raise Invalid(
            f"estimate_minutes must be between 0 and {MAX_ESTIMATE_MINUTES}; "
            f"got {estimate_minutes}.",
            field="estimate_minutes",
        )


def _clean_title(title: str) -> str:
    title = title.strip()
    if not title or len(title) > 500:
        raise Invalid("The task title must be 1 to 500 characters.", field="title")
    return title


async def _check_assignable(principal: Principal, user_id: object) -> object:
    user = parse_id(user_id, entity="user", field="user_id")
    if not await members_service.is_member(organization_id=principal.organization_id, user_id=user):
        raise NotFound.entity("user", user_id, field="user_id")
    return user


async def list_tasks(
    principal: Principal,
    *,
    project_id: str | None = None,
    status_id: str | None = None,
    assignee_id: str | None = None,
    label_id: str | None = None,
    group_id: str | None = None,
    milestone_id: str | None = None,
    parent_task_id: str | None = None,
    due_before: date | None = None,
    due_after: date | None = None,
    query: str | None = None,
    include_completed: bool = True,
    limit: int,
    cursor: str | None,
) -> Page[Task]:
    if project_id is not None:
        # Access to the Space is checked here once; scoping by the readable-Spaces subquery as
        # well would keep the planner off the (project_id, position) index.
        project = await projects_service.get_project(principal, project_id)
        tasks = Task.filter(organization_id=principal.organization_id, project_id=project.id)
    else:
        tasks = visible_tasks(principal)
    if status_id is not None:
        tasks = tasks.filter(status_id=(await statuses_service.get_status(principal, status_id)).id)
    if assignee_id is not None:
        assignee = parse_id(assignee_id, entity="user", field="assignee_id")
        if not await members_service.is_member(
            organization_id=principal.organization_id, user_id=assignee
        ):
            raise NotFound.entity("user", assignee_id, field="assignee_id")
        tasks = tasks.filter(assignees__user_id=assignee)
    if label_id is not None:
        (label,) = await _get_labels(principal, [label_id], field="label_id")
        tasks = tasks.filter(task_labels__label_id=label.id)
    if group_id is not None:
        tasks = tasks.filter(group_id=(await groups_service.get_group(principal, group_id)).id)
    if milestone_id is not None:
        tasks = tasks.filter(
            milestone_id=(await milestones_service.get_milestone(principal, milestone_id)).id
        )
    if parent_task_id is not None:
        parent = await get_task(principal, parent_task_id, field="parent_task_id")
        tasks = tasks.filter(parent_task_id=parent.id)
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
    group_id: str | None = None,
    assignee_ids: list[str] | None = None,
    label_ids: list[str] | None = None,
    priority: Priority = Priority.NONE,
    start_date: date | None = None,
    due_date: date | None = None,
    estimate_minutes: int | None = None,
    parent_task_id: str | None = None,
    milestone_id: str | None = None,
) -> Task:
    principal.require(Permission.MANAGE_TASKS, "create tasks")
    title = _clean_title(title)
    _check_dates(start_date, due_date)
    _check_estimate(estimate_minutes)
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        status = await (
            statuses_service.status_for_project(principal, project, status_id)
            if status_id
            else statuses_service.first_status(project)
        )
        group = (
            await groups_service.group_for_project(principal, project, group_id)
            if group_id
            else None
        )
        milestone = (
            await milestones_service.milestone_for_project(principal, project, milestone_id)
            if milestone_id
            else None
        )
        parent = await _parent_in(principal, project, parent_task_id) if parent_task_id else None
        labels = await _get_labels(principal, label_ids or [], field="label_ids")
        assignees = [
            await _check_assignable(principal, uid) for uid in dict.fromkeys(assignee_ids or [])
        ]
        # The UPDATE locks the project row until commit, so concurrent creates get distinct
        # numbers and land at distinct positions at the end of their column.
        await Project.filter(id=project.id).update(next_task_number=F("next_task_number") + 1)
        numbered = await Project.get(id=project.id)
        group_key = group.id if group is not None else None
        task = await Task.create(
            organization_id=principal.organization_id,
            project_id=project.id,
            number=numbered.next_task_number - 1,
            title=title,
            description=description,
            status_id=status.id,
            group_id=group_key,
            milestone_id=milestone.id if milestone is not None else None,
            parent_task_id=parent.id if parent is not None else None,
            estimate_minutes=estimate_minutes,
            priority=priority,
            position=await _end_of_column(project.id, group_key),
            start_date=start_date,
            due_date=due_date,
            completed_at=datetime.now(UTC) if status.is_terminal else None,
            created_by_id=principal.user_id,
        )
        for user_id in assignees:
            await TaskAssignee.create(task_id=task.id, user_id=user_id)
        for label in labels:
            await TaskLabel.create(task_id=task.id, label_id=label.id)
        uow.record(TaskEvent.CREATED, task.id, project_id=project.id)
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
    estimate_minutes: int | None = None,
    clear_estimate: bool = False,
    milestone_id: str | None = None,
    clear_milestone: bool = False,
    parent_task_id: str | None = None,
    clear_parent: bool = False,
) -> Task:
    _check_estimate(estimate_minutes)
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
        if clear_estimate:
            task.estimate_minutes = None
        elif estimate_minutes is not None:
            task.estimate_minutes = estimate_minutes
        if clear_milestone:
            task.milestone_id = None
        elif milestone_id is not None:
            task.milestone_id = (
                await milestones_service.milestone_for_project(principal, project, milestone_id)
            ).id
        if clear_parent:
            task.parent_task_id = None
        elif parent_task_id is not None:
            # Locked so two concurrent re-parentings cannot close a cycle between them.
            await _lock_project(project.id)
            task.parent_task_id = (
                await _parent_in(principal, project, parent_task_id, child=task)
            ).id
        await task.save()
        uow.record(TaskEvent.UPDATED, task.id, project_id=project.id)
    return task


async def add_label(principal: Principal, *, task_id: str, label_id: str) -> Task:
    """Put a label on a task; adding one it already has changes nothing."""
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        (label,) = await _get_labels(principal, [label_id], field="label_id")
        _, created = await TaskLabel.get_or_create(task_id=task.id, label_id=label.id)
        if created:
            uow.record(TaskEvent.LABELED, task.id, project_id=project.id)
    return task


async def remove_label(principal: Principal, *, task_id: str, label_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        (label,) = await _get_labels(principal, [label_id], field="label_id")
        if not await TaskLabel.filter(task_id=task.id, label_id=label.id).delete():
            raise NotFound(
                f"Label '{label.name}' is not on this task; nothing to remove.", field="label_id"
            )
        uow.record(TaskEvent.UNLABELED, task.id, project_id=project.id)
    return task


def _column(project_id: object, group_id: object | None) -> QuerySet[Task]:
    """A board column: the project's tasks in one group (None: the ungrouped ones), in order."""
    return Task.filter(project_id=project_id, group_id=group_id).order_by("position", "id")


async def _end_of_column(project_id: object, group_id: object | None) -> int:
    last = await Task.filter(project_id=project_id, group_id=group_id).order_by("-position").first()
    return last.position + POSITION_GAP if last is not None else 0


async def _renumber(column: list[Task], *, keep: Task | None = None) -> list[Task]:
    """Give the column dense positions (index * gap); returns the other tasks that changed."""
    changed = []
    for index, task in enumerate(column):
        if task.position != index * POSITION_GAP:
            task.position = index * POSITION_GAP
            if task is not keep:
                changed.append(task)
    if changed:
        await Task.bulk_update(changed, fields=["position"])
    return changed


async def move_task(
    principal: Principal,
    *,
    task_id: str,
    group_id: str | None = None,
    clear_group: bool = False,
    position: int | None = None,
) -> Task:
    """Put a task at `position` (zero-based; end if omitted) of a column: `group_id`'s, the
    ungrouped tasks' with `clear_group`, else the column it is in now."""
    if group_id is not None and clear_group:
        raise Invalid("Give group_id or clear_group, not both.", field="clear_group")
    if position is not None and position < 0:
        raise Invalid(
            f"position is a zero-based index in the column; got {position}.", field="position"
        )
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        await _lock_project(project.id)
        # Read again under the lock: a concurrent move may have changed the task meanwhile.
        fresh = await Task.get_or_none(id=task.id)
        if fresh is None:
            raise NotFound.entity("task", task_id, field="task_id")
        if group_id is not None:
            target: UUID | None = (
                await groups_service.group_for_project(principal, project, group_id)
            ).id
        else:
            target = None if clear_group else fresh.group_id
        column = [t for t in await _column(project.id, target) if t.id != fresh.id]
        column.insert(len(column) if position is None else min(position, len(column)), fresh)
        fresh.group_id = target
        await _renumber(column, keep=fresh)
        await fresh.save(update_fields=["group_id", "position", "updated_at"])
        uow.record(TaskEvent.MOVED, fresh.id, project_id=project.id)
    return fresh


async def reorder_tasks(
    principal: Principal, *, group_id: str | None, task_ids: Sequence[str]
) -> list[Task]:
    """Set the whole order of one column; `task_ids` must be exactly the column's tasks."""
    principal.require(Permission.MANAGE_TASKS, "reorder tasks")
    async with unit_of_work(principal) as uow:
        target: UUID | None = None
        if group_id is not None:
            group = await groups_service.get_group(principal, group_id)
            project = await projects_service.get_writable_project(principal, str(group.project_id))
            target, column_name = group.id, f"group '{group.name}'"
        elif task_ids:
            first = await get_task(principal, task_ids[0], field="task_ids")
            project = await projects_service.get_writable_project(principal, str(first.project_id))
            column_name = f"the ungrouped tasks of {project.key}"
        else:
            raise Invalid(
                "Give group_id, or the task_ids of a Space's ungrouped tasks.", field="task_ids"
            )
        await _lock_project(project.id)
        ordered = await _get_tasks(principal, task_ids, field="task_ids")
        column = await _column(project.id, target)
        ids = [t.id for t in ordered]
        if len(set(ids)) != len(ids):
            raise Invalid("task_ids lists a task more than once.", field="task_ids")
        expected = {t.id for t in column}
        missing = [t for t in column if t.id not in set(ids)]
        unexpected = [ref for ref, t in zip(task_ids, ordered, strict=True) if t.id not in expected]
        if missing or unexpected:
            detail = []
            if missing:
                detail.append("missing " + ", ".join(f"{project.key}-{t.number}" for t in missing))
            if unexpected:
                detail.append("not in it " + ", ".join(unexpected))
            raise Invalid(
                f"task_ids must list exactly the {len(column)} tasks of {column_name} "
                f"({'; '.join(detail)}). List them with tasks_list, or use tasks_move for one task.",
                field="task_ids",
            )
        # Fresh rows, read under the lock, in the requested order.
        current = {t.id: t for t in column}
        in_order = [current[i] for i in ids]
        for task in await _renumber(in_order):
            uow.record(TaskEvent.REORDERED, task.id, project_id=project.id)
    return in_order


async def delete_task(principal: Principal, *, task_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        await task.delete()
        uow.record(TaskEvent.DELETED, task.id, project_id=project.id)
    return task


async def assign(principal: Principal, *, task_id: str, user_id: str) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await _get_writable_task(principal, task_id)
        user = await _check_assignable(principal, user_id)
        _, created = await TaskAssignee.get_or_create(task_id=task.id, user_id=user)
        if created:
            uow.record(TaskEvent.ASSIGNED, task.id, project_id=project.id)
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
        uow.record(TaskEvent.UNASSIGNED, task.id, project_id=project.id)
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
    # Imported here: tasks_dependencies builds on tasks.
    from backend.tasks_dependencies import service as dependencies

    was_completed = task.completed_at is not None
    if status.is_terminal and not was_completed:
        await dependencies.ensure_no_open_blockers(uow.principal, task)
    task.status_id = status.id
    task.completed_at = (task.completed_at or datetime.now(UTC)) if status.is_terminal else None
    await task.save(update_fields=["status_id", "completed_at", "updated_at"])
    uow.record(TaskEvent.STATUS_CHANGED, task.id, project_id=task.project_id)
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
        in_group = Task.filter(organization_id=principal.organization_id, group_id=from_group_id)
        first = await in_group.first()
        if first is None:
            return 0
        await _lock_project(first.project_id)
        moving = await in_group.order_by("position", "id")
        top = await _end_of_column(moving[0].project_id, to_group_id)
        for offset, task in enumerate(moving):
            task.group_id = to_group_id  # type: ignore[assignment]  # tortoise types nullable FKs as non-null
            task.position = top + offset * POSITION_GAP
            await task.save(update_fields=["group_id", "position", "updated_at"])
            uow.record(TaskEvent.MOVED, task.id, project_id=task.project_id)
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


async def sync_completion_with_status(principal: Principal, *, status: TaskStatus) -> int:
    """After a status's terminal flag changed: its tasks complete now, or reopen.

    Completing follows the same blocker rule as moving into a terminal status, so the change is
    refused while a task in the status has open blockers. Returns how many tasks changed.
    """
    from backend.tasks_dependencies import service as dependencies

    async with unit_of_work(principal) as uow:
        tasks = await Task.filter(organization_id=principal.organization_id, status_id=status.id)
        changing = [task for task in tasks if (task.completed_at is None) == status.is_terminal]
        now = datetime.now(UTC)
        for task in changing:
            if status.is_terminal:
                await dependencies.ensure_no_open_blockers(principal, task)
            task.completed_at = now if status.is_terminal else None
            await task.save(update_fields=["completed_at", "updated_at"])
            uow.record(TaskEvent.UPDATED, task.id, project_id=task.project_id)
    return len(changing)


async def record_detached(
    principal: Principal, *, label_id: object | None = None, milestone_id: object | None = None
) -> None:
    """Publish `task.updated` for the tasks a label or milestone deletion is about to change.

    The database detaches them (cascade / SET NULL); this keeps subscribers' boards current.
    """
    query = Task.filter(organization_id=principal.organization_id)
    if label_id is not None:
        query = query.filter(task_labels__label_id=label_id)
    if milestone_id is not None:
        query = query.filter(milestone_id=milestone_id)
    async with unit_of_work(principal) as uow:
        for task_id, project_id in await query.distinct().values_list("id", "project_id"):
            uow.record(TaskEvent.UPDATED, task_id, project_id=project_id)
