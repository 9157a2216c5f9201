"""Tasks: creation, edits, subtasks, labels and assignment; the entry point of the tasks domain.

Board order lives in `board.py`, status changes in `workflow.py`, lookups in `lookups.py`; their
public functions are importable from here, which is where the other domains and the schema call.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Annotated

from tortoise.expressions import Q

from backend.core.arguments import DEFAULT_LIMIT, MAX_IDS, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import clean_text
from backend.labels.arguments import LabelId
from backend.labels.models import Label
from backend.members import service as members_service
from backend.milestones import service as milestones_service
from backend.projects import locks as project_locks
from backend.projects import service as projects_service
from backend.projects.arguments import ProjectId
from backend.projects.models import Project
from backend.task_groups import service as groups_service
from backend.task_statuses import service as statuses_service
from backend.tasks.arguments import PRIORITY, Description, DueDate, Estimate, StartDate, TaskId
from backend.tasks.board import end_of_column, move_group_tasks, move_task, reorder_tasks
from backend.tasks.events import TaskEvent
from backend.tasks.lookups import (
    HUMAN_KEY,
    get_task,
    get_task_to_change,
    get_tasks,
    get_writable_task,
    lock_project_tasks,
    lock_task,
    on_visible_tasks,
    visible_tasks,
)
from backend.tasks.models import Priority, Task, TaskAssignee, TaskLabel
from backend.tasks.workflow import (
    auto_advance,
    replace_status,
    set_status,
    sync_completion_with_status,
)

__all__ = [
    "HUMAN_KEY",
    "add_label",
    "assign",
    "auto_advance",
    "create_task",
    "delete_task",
    "get_task",
    "get_tasks",
    "get_writable_task",
    "list_tasks",
    "lock_task",
    "move_group_tasks",
    "move_task",
    "on_visible_tasks",
    "record_detached",
    "remove_label",
    "reorder_tasks",
    "replace_status",
    "set_status",
    "sync_completion_with_status",
    "unassign",
    "update_task",
    "visible_tasks",
]

MAX_ESTIMATE_MINUTES = 100_000
MAX_TITLE = 500
MAX_QUERY = 500


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
            reason="OTHER_SPACE",
        )
    if child is None:
        return parent
    if parent.id == child.id:
        raise Invalid(
            f"A task cannot be its own parent ({project.key}-{child.number}).",
            field="parent_task_id",
            reason="SUBTASK_CYCLE",
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
                reason="SUBTASK_CYCLE",
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
    return clean_text(title, max_length=MAX_TITLE, field="title", subject="The task title")


async def _check_assignable(principal: Principal, user_id: object) -> object:
    user = parse_id(user_id, entity="user", field="user_id")
    if not await members_service.is_member(organization_id=principal.organization_id, user_id=user):
        raise NotFound.entity("user", user_id, field="user_id")
    return user


async def list_tasks(
    principal: Principal,
    *,
    project_id: Annotated[Id | None, Doc("Only tasks of this Space.")] = None,
    status_id: Annotated[
        Id | None, Doc("Only tasks in this workflow status (from task_statuses_list).")
    ] = None,
    assignee_id: Annotated[Id | None, Doc("Only tasks assigned to this user.")] = None,
    label_id: Annotated[Id | None, Doc("Only tasks with this label (from labels_list).")] = None,
    group_id: Annotated[Id | None, Doc("Only tasks in this group (from task_groups_list).")] = None,
    milestone_id: Annotated[
        Id | None, Doc("Only tasks attached to this milestone (from milestones_list).")
    ] = None,
    parent_task_id: Annotated[
        Id | None, Doc("Only the subtasks of this task (id or key, e.g. WEB-42).")
    ] = None,
    due_before: Annotated[date | None, Doc("Only tasks due on or before this date.")] = None,
    due_after: Annotated[date | None, Doc("Only tasks due on or after this date.")] = None,
    query: Annotated[
        str | None,
        Doc("Text to search for in titles and descriptions."),
        Bounds(max_length=MAX_QUERY),
    ] = None,
    include_completed: Annotated[bool, Doc("Include completed tasks.")] = True,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Task]:
    if project_id is not None:
        # Access to the Space (and so its organization) is checked here once; filtering by the
        # organization or the readable-Spaces subquery as well would draw the planner to an
        # organization-wide index instead of the Space's (project_id, position).
        project = await projects_service.get_project(principal, project_id)
        tasks = Task.filter(project_id=project.id)
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
    project_id: ProjectId,
    title: Annotated[str, Doc("The task's title."), Bounds(max_length=MAX_TITLE)],
    description: Description = None,
    status_id: Annotated[
        Id | None, Doc("Workflow status (from task_statuses_list); the first status if omitted.")
    ] = None,
    group_id: Annotated[
        Id | None,
        Doc(
            "Board column or section of the same Space (from task_groups_list); "
            "ungrouped if omitted."
        ),
    ] = None,
    assignee_ids: Annotated[
        list[Id] | None, Doc("Users to assign (from members_list)."), Bounds(max_items=MAX_IDS)
    ] = None,
    label_ids: Annotated[
        list[Id] | None,
        Doc("Labels to put on the task (from labels_list)."),
        Bounds(max_items=MAX_IDS),
    ] = None,
    priority: Annotated[Priority, PRIORITY] = Priority.NONE,
    start_date: StartDate = None,
    due_date: DueDate = None,
    estimate_minutes: Estimate = None,
    parent_task_id: Annotated[
        Id | None,
        Doc("Make the task a subtask of this task of the same Space (id or key, e.g. WEB-42)."),
    ] = None,
    milestone_id: Annotated[
        Id | None,
        Doc("Attach the task to a milestone of the same Space (from milestones_list)."),
    ] = None,
) -> Task:
    principal.require(Permission.MANAGE_TASKS, "create tasks")
    title = _clean_title(title)
    _check_dates(start_date, due_date)
    _check_estimate(estimate_minutes)
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        status = await (
            statuses_service.status_for_project(principal, project, status_id)
            if status_id is not None
            else statuses_service.first_status(project)
        )
        group = (
            await groups_service.group_for_project(principal, project, group_id)
            if group_id is not None
            else None
        )
        milestone = (
            await milestones_service.milestone_for_project(principal, project, milestone_id)
            if milestone_id is not None
            else None
        )
        parent = (
            await _parent_in(principal, project, parent_task_id)
            if parent_task_id is not None
            else None
        )
        labels = await _get_labels(principal, label_ids or [], field="label_ids")
        assignees = [
            await _check_assignable(principal, uid) for uid in dict.fromkeys(assignee_ids or [])
        ]
        # Holding the project's lock from here to commit, concurrent creates get distinct
        # numbers and land at distinct positions at the end of their column.
        number = await project_locks.allocate_task_number(project.id)
        group_key = group.id if group is not None else None
        task = await Task.create(
            organization_id=principal.organization_id,
            project_id=project.id,
            number=number,
            title=title,
            description=description,
            status_id=status.id,
            group_id=group_key,
            milestone_id=milestone.id if milestone is not None else None,
            parent_task_id=parent.id if parent is not None else None,
            estimate_minutes=estimate_minutes,
            priority=priority,
            position=await end_of_column(project.id, group_key),
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
    task_id: TaskId,
    title: Annotated[str | None, Doc("The task's new title."), Bounds(max_length=MAX_TITLE)] = None,
    description: Description = None,
    clear_description: Annotated[bool, Doc("Empty the description.")] = False,
    priority: Annotated[Priority | None, PRIORITY] = None,
    start_date: StartDate = None,
    due_date: DueDate = None,
    clear_start_date: Annotated[bool, Doc("Remove the start date.")] = False,
    clear_due_date: Annotated[bool, Doc("Remove the due date.")] = False,
    estimate_minutes: Estimate = None,
    clear_estimate: Annotated[bool, Doc("Remove the estimate.")] = False,
    milestone_id: Annotated[
        Id | None,
        Doc("Attach the task to this milestone of the same Space (from milestones_list)."),
    ] = None,
    clear_milestone: Annotated[bool, Doc("Detach the task from its milestone.")] = False,
    parent_task_id: Annotated[
        Id | None,
        Doc(
            "Make the task a subtask of this task of the same Space (id or key); "
            "cycles are refused."
        ),
    ] = None,
    clear_parent: Annotated[bool, Doc("Make the task a top-level task again.")] = False,
) -> Task:
    _check_estimate(estimate_minutes)
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
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
            await lock_project_tasks(project.id)
            task.parent_task_id = (
                await _parent_in(principal, project, parent_task_id, child=task)
            ).id
        await task.save()
        uow.record(TaskEvent.UPDATED, task.id, project_id=project.id)
    return task


async def add_label(principal: Principal, *, task_id: TaskId, label_id: LabelId) -> Task:
    """Put a label on a task; adding one it already has changes nothing."""
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        (label,) = await _get_labels(principal, [label_id], field="label_id")
        _, created = await TaskLabel.get_or_create(task_id=task.id, label_id=label.id)
        if created:
            uow.record(TaskEvent.LABELED, task.id, project_id=project.id)
    return task


async def remove_label(
    principal: Principal,
    *,
    task_id: TaskId,
    label_id: Annotated[Id, Doc("The label to remove.")],
) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        (label,) = await _get_labels(principal, [label_id], field="label_id")
        if not await TaskLabel.filter(task_id=task.id, label_id=label.id).delete():
            raise NotFound(
                f"Label '{label.name}' is not on this task; nothing to remove.", field="label_id"
            )
        uow.record(TaskEvent.UNLABELED, task.id, project_id=project.id)
    return task


async def delete_task(principal: Principal, *, task_id: TaskId) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        await task.delete()
        uow.record(TaskEvent.DELETED, task.id, project_id=project.id)
    return task


async def assign(
    principal: Principal,
    *,
    task_id: TaskId,
    user_id: Annotated[Id, Doc("The user to assign (from members_list).")],
) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        user = await _check_assignable(principal, user_id)
        _, created = await TaskAssignee.get_or_create(task_id=task.id, user_id=user)
        if created:
            uow.record(TaskEvent.ASSIGNED, task.id, project_id=project.id)
    return task


async def unassign(
    principal: Principal,
    *,
    task_id: TaskId,
    user_id: Annotated[Id, Doc("The assignee to remove.")],
) -> Task:
    async with unit_of_work(principal) as uow:
        task, project = await get_task_to_change(principal, task_id)
        user = parse_id(user_id, entity="user", field="user_id")
        deleted = await TaskAssignee.filter(task_id=task.id, user_id=user).delete()
        if not deleted:
            raise NotFound(
                f"User {user_id} is not assigned to this task; nothing to unassign.",
                field="user_id",
            )
        uow.record(TaskEvent.UNASSIGNED, task.id, project_id=project.id)
    return task


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
