"""Workflow statuses: the organization's set, or a project's own set that replaces it; their rules."""

from __future__ import annotations

import re
from uuid import UUID

from tortoise.queryset import QuerySet

from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.orgs.models import Organization
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_statuses.events import TaskStatusEvent
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.task_statuses.transitions import find_loop

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

DEFAULT_STATUSES = (
    ("To do", "#94a3b8", False, 0),
    ("In progress", "#3b82f6", False, 50),
    ("Done", "#22c55e", True, 100),
)


async def seed_default_statuses(*, organization_id: object) -> None:
    for position, (name, color, terminal, progress) in enumerate(DEFAULT_STATUSES):
        await TaskStatus.create(
            organization_id=organization_id,
            name=name,
            color=color,
            position=position,
            is_terminal=terminal,
            progress=progress,
        )


def organization_statuses(organization_id: object) -> QuerySet[TaskStatus]:
    return TaskStatus.filter(organization_id=organization_id, project_id__isnull=True)


async def workflow(project: Project) -> list[TaskStatus]:
    """The statuses tasks of this project move through, in order."""
    own = await TaskStatus.filter(project_id=project.id).order_by("position")
    if own:
        return own
    return await organization_statuses(project.organization_id).order_by("position")


async def get_status(
    principal: Principal, status_id: object, *, field: str = "status_id"
) -> TaskStatus:
    parsed = parse_id(status_id, entity="status", field=field)
    status = await TaskStatus.get_or_none(id=parsed, organization_id=principal.organization_id)
    if status is None:
        raise NotFound.entity("status", status_id, field=field)
    return status


async def status_for_project(
    principal: Principal, project: Project, status_id: object, *, field: str = "status_id"
) -> TaskStatus:
    """A status of the project's workflow; one of another workflow is refused."""
    status = await get_status(principal, status_id, field=field)
    if status.id not in {s.id for s in await workflow(project)}:
        raise Invalid(
            f"Status '{status.name}' is not part of project {project.key}'s workflow. "
            "List the project's statuses with task_statuses_list(project_id).",
            field=field,
        )
    return status


async def first_status(project: Project) -> TaskStatus:
    statuses = await workflow(project)
    if not statuses:
        raise Invalid(
            "This workflow has no statuses; create one with task_statuses_create.",
            field="status_id",
        )
    return statuses[0]


def _workflow_statuses(organization_id: object, project_id: object | None) -> QuerySet[TaskStatus]:
    """One workflow's own statuses: the organization's (project_id None) or a project's."""
    if project_id is None:
        return organization_statuses(organization_id)
    return TaskStatus.filter(organization_id=organization_id, project_id=project_id)


async def _lock_workflow(organization_id: object, project_id: object | None) -> None:
    """Serialize changes to one workflow until commit, so names stay unique and positions distinct.

    PostgreSQL takes a row lock (the project's, or the organization's for its workflow); SQLite
    ignores it because it already serializes writers.
    """
    if project_id is None:
        await Organization.filter(id=organization_id).select_for_update(no_key=True).first()
    else:
        await Project.filter(id=project_id).select_for_update(no_key=True).first()


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 100:
        raise Invalid("The status name must be 1 to 100 characters.", field="name")
    return name


def _check_color(color: str | None) -> None:
    if color is not None and not _COLOR.match(color):
        raise Invalid(f"color must look like #1a2b3c; got '{color}'.", field="color")


def _check_progress(progress: int) -> int:
    if not 0 <= progress <= 100:
        raise Invalid(f"progress is a percentage from 0 to 100; got {progress}.", field="progress")
    return progress


async def _ensure_unique_name(
    organization_id: object, project_id: object | None, name: str, *, exclude: object = None
) -> None:
    same = _workflow_statuses(organization_id, project_id).filter(name__iexact=name)
    if exclude is not None:
        same = same.exclude(id=exclude)
    existing = await same.first()
    if existing is not None:
        raise Conflict(
            f"This workflow already has a status named '{existing.name}' (id {existing.id}). "
            "Choose another name, or update that status instead.",
            field="name",
        )


async def list_statuses(principal: Principal, *, project_id: str | None = None) -> list[TaskStatus]:
    """The statuses in order: a project's workflow when project_id is given, else the organization's."""
    if project_id is not None:
        return await workflow(await projects_service.get_project(principal, project_id))
    return await organization_statuses(principal.organization_id).order_by("position")


async def _manageable_status(
    principal: Principal, status_id: object, *, field: str = "status_id"
) -> TaskStatus:
    """A status the principal may reconfigure: a project's status needs a readable, writable project."""
    status = await get_status(principal, status_id, field=field)
    if status.project_id is not None:
        project = await (
            projects_service.accessible_projects(principal).filter(id=status.project_id).first()
        )
        if project is None:
            raise NotFound.entity("status", status_id, field=field)
        projects_service.ensure_writable(project)
    return status


async def _target_in_workflow(
    principal: Principal, project_id: object | None, target_id: object
) -> TaskStatus:
    field = "auto_advance_to_status_id"
    target = await get_status(principal, target_id, field=field)
    if target.project_id != project_id:
        raise Invalid(
            f"Status {target_id} belongs to another workflow; an auto-advance target must be "
            "a status of the same workflow (see task_statuses_list).",
            field=field,
        )
    return target


async def _check_auto_advance(status: TaskStatus, *, field: str) -> None:
    """The transition is complete, goes elsewhere, leaves a non-terminal status, and never loops."""
    if status.auto_advance_on is None and status.auto_advance_to_id is None:
        return
    if status.auto_advance_on is None or status.auto_advance_to_id is None:
        missing = (
            "auto_advance_on" if status.auto_advance_on is None else "auto_advance_to_status_id"
        )
        raise Invalid(
            "An auto-advance transition needs both auto_advance_on (the trigger) and "
            f"auto_advance_to_status_id (the target); {missing} is missing.",
            field=missing,
        )
    if status.auto_advance_to_id == status.id:
        raise Invalid(
            f"Status '{status.name}' cannot auto-advance to itself; pick another target status.",
            field="auto_advance_to_status_id",
        )
    if status.is_terminal:
        raise Invalid(
            f"Status '{status.name}' is terminal: entering it completes the task, so it cannot "
            "auto-advance. Remove the transition (clear_auto_advance) or make it non-terminal.",
            field=field,
        )
    workflow_rows = await _workflow_statuses(status.organization_id, status.project_id).filter(
        auto_advance_on__isnull=False, auto_advance_to_id__isnull=False
    )
    rows: dict[UUID, TaskStatus] = {s.id: s for s in workflow_rows}
    rows[status.id] = status
    edges = {
        s.id: (AutoAdvanceTrigger(s.auto_advance_on), s.auto_advance_to_id)
        for s in rows.values()
        if s.auto_advance_on is not None and s.auto_advance_to_id is not None
    }
    loop = find_loop(edges, status.id)
    if loop is not None:
        names = {
            s.id: s.name
            for s in await _workflow_statuses(status.organization_id, status.project_id)
        }
        names[status.id] = status.name
        path = " → ".join(f"'{names.get(i, i)}'" for i in loop)
        raise Invalid(
            f"Auto-advance on {status.auto_advance_on} would loop: {path}. Change the target or "
            "the trigger of one of these statuses.",
            field=field,
        )


async def create_status(
    principal: Principal,
    *,
    name: str,
    color: str | None = None,
    is_terminal: bool = False,
    progress: int | None = None,
    auto_advance_to_status_id: str | None = None,
    auto_advance_on: AutoAdvanceTrigger | None = None,
    project_id: str | None = None,
) -> TaskStatus:
    """Append a status to the organization's workflow, or to a project's own workflow.

    A project's first own status starts its own workflow: from then on the project's workflow is
    exactly its own statuses (nothing is copied), and tasks keep their current status until moved.
    """
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    name = _clean_name(name)
    _check_color(color)
    # A terminal status counts as done unless told otherwise.
    progress = _check_progress(progress if progress is not None else (100 if is_terminal else 0))
    async with unit_of_work(principal) as uow:
        project = (
            None
            if project_id is None
            else await projects_service.get_writable_project(principal, project_id)
        )
        scope = None if project is None else project.id
        await _lock_workflow(principal.organization_id, scope)
        await _ensure_unique_name(principal.organization_id, scope, name)
        target = (
            None
            if auto_advance_to_status_id is None
            else await _target_in_workflow(principal, scope, auto_advance_to_status_id)
        )
        last = (
            await _workflow_statuses(principal.organization_id, scope).order_by("-position").first()
        )
        status = TaskStatus(
            organization_id=principal.organization_id,
            project_id=scope,
            name=name,
            color=color,
            position=0 if last is None else last.position + 1,
            is_terminal=is_terminal,
            progress=progress,
            auto_advance_on=auto_advance_on,
            auto_advance_to_id=None if target is None else target.id,
        )
        await _check_auto_advance(status, field="auto_advance_on")
        await status.save()
        uow.record(TaskStatusEvent.CREATED, status.id, project_id=scope)
    return status


async def update_status(
    principal: Principal,
    *,
    status_id: str,
    name: str | None = None,
    color: str | None = None,
    is_terminal: bool | None = None,
    progress: int | None = None,
    auto_advance_to_status_id: str | None = None,
    auto_advance_on: AutoAdvanceTrigger | None = None,
    clear_auto_advance: bool = False,
) -> TaskStatus:
    """Change a status; flipping is_terminal completes or reopens the tasks already in it."""
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    if clear_auto_advance and (
        auto_advance_to_status_id is not None or auto_advance_on is not None
    ):
        raise Invalid(
            "clear_auto_advance removes the transition; do not also pass auto_advance_on or "
            "auto_advance_to_status_id.",
            field="clear_auto_advance",
        )
    async with unit_of_work(principal) as uow:
        status = await _manageable_status(principal, status_id)
        await _lock_workflow(status.organization_id, status.project_id)
        status = await get_status(principal, status_id)  # read again under the lock
        if name is not None:
            name = _clean_name(name)
            await _ensure_unique_name(
                status.organization_id, status.project_id, name, exclude=status.id
            )
            status.name = name
        if color is not None:
            _check_color(color)
            status.color = color
        terminal_changed = is_terminal is not None and is_terminal != status.is_terminal
        if is_terminal is not None:
            status.is_terminal = is_terminal
        if progress is not None:
            status.progress = _check_progress(progress)
        if clear_auto_advance:
            status.auto_advance_on = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
            status.auto_advance_to_id = None
        else:
            if auto_advance_to_status_id is not None:
                target = await _target_in_workflow(
                    principal, status.project_id, auto_advance_to_status_id
                )
                status.auto_advance_to_id = target.id
            if auto_advance_on is not None:
                status.auto_advance_on = auto_advance_on
        changed_transition = auto_advance_on is not None or auto_advance_to_status_id is not None
        await _check_auto_advance(
            status, field="auto_advance_on" if changed_transition else "is_terminal"
        )
        await status.save()
        uow.record(TaskStatusEvent.UPDATED, status.id, project_id=status.project_id)
        if terminal_changed:
            # Imported here: the tasks domain builds on statuses.
            from backend.tasks import service as tasks_service

            await tasks_service.sync_completion_with_status(principal, status=status)
    return status


async def reorder_statuses(
    principal: Principal, *, status_ids: list[str], project_id: str | None = None
) -> list[TaskStatus]:
    """Put a workflow's statuses in the given order; status_ids must be exactly that workflow."""
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    field = "status_ids"
    async with unit_of_work(principal) as uow:
        project = (
            None
            if project_id is None
            else await projects_service.get_writable_project(principal, project_id)
        )
        scope = None if project is None else project.id
        await _lock_workflow(principal.organization_id, scope)
        current = await _workflow_statuses(principal.organization_id, scope).order_by("position")
        if project is not None and not current:
            raise Invalid(
                f"Project {project.key} has no statuses of its own; it uses the organization's "
                "workflow. Reorder that without project_id.",
                field="project_id",
            )
        wanted = [parse_id(i, entity="status", field=field) for i in status_ids]
        repeated = sorted({str(i) for i in wanted if wanted.count(i) > 1})
        if repeated:
            raise Invalid(f"status_ids lists {', '.join(repeated)} more than once.", field=field)
        by_id = {s.id: s for s in current}
        extra = [i for i in wanted if i not in by_id]
        if extra:
            known = set(
                await TaskStatus.filter(
                    id__in=extra, organization_id=principal.organization_id
                ).values_list("id", flat=True)
            )
            unknown = [i for i in extra if i not in known]
            if unknown:
                raise NotFound.entity("status", unknown[0], field=field)
            raise Invalid(
                f"status_ids includes statuses of another workflow: {', '.join(map(str, extra))}. "
                "List this workflow's statuses with task_statuses_list.",
                field=field,
            )
        missing = [s for s in current if s.id not in set(wanted)]
        if missing:
            names = ", ".join(f"'{s.name}' ({s.id})" for s in missing)
            raise Invalid(
                f"status_ids must list every status of the workflow exactly once; missing: {names}.",
                field=field,
            )
        ordered = [by_id[i] for i in wanted]
        for position, status in enumerate(ordered):
            if status.position != position:
                status.position = position
                await status.save(update_fields=["position", "updated_at"])
                uow.record(TaskStatusEvent.REORDERED, status.id, project_id=scope)
    return ordered


async def delete_status(
    principal: Principal, *, status_id: str, replacement_status_id: str
) -> TaskStatus:
    """Delete a status, moving its tasks to a replacement of the same workflow.

    Moving applies the usual status rules (a task with open blockers cannot enter a terminal
    replacement); any refusal leaves everything as it was. Transitions into the deleted status are
    removed.
    """
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    async with unit_of_work(principal) as uow:
        status = await _manageable_status(principal, status_id)
        await _lock_workflow(status.organization_id, status.project_id)
        status = await get_status(principal, status_id)  # read again under the lock
        replacement = await get_status(
            principal, replacement_status_id, field="replacement_status_id"
        )
        siblings = await _workflow_statuses(status.organization_id, status.project_id).order_by(
            "position"
        )
        if len(siblings) == 1:
            raise Invalid(
                f"'{status.name}' is the only status of its workflow, and a workflow cannot be "
                "empty. Create another status first, then delete this one.",
                field="status_id",
            )
        if replacement.id == status.id:
            raise Invalid(
                "replacement_status_id must be another status: the deleted status's tasks move there.",
                field="replacement_status_id",
            )
        if replacement.project_id != status.project_id:
            raise Invalid(
                f"Status {replacement_status_id} belongs to another workflow; the replacement must be "
                "a status of the same workflow (see task_statuses_list).",
                field="replacement_status_id",
            )
        # Imported here: the tasks domain builds on statuses.
        from backend.tasks import service as tasks_service

        await tasks_service.replace_status(
            principal, from_status_id=status.id, to_status_id=replacement.id
        )
        for source in siblings:
            if source.auto_advance_to_id == status.id:
                source.auto_advance_on = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
                source.auto_advance_to_id = None
                await source.save(
                    update_fields=["auto_advance_on", "auto_advance_to_id", "updated_at"]
                )
                uow.record(TaskStatusEvent.UPDATED, source.id, project_id=source.project_id)
        await status.delete()
        remaining = [s for s in siblings if s.id != status.id]
        for position, sibling in enumerate(remaining):
            if sibling.position != position:
                sibling.position = position
                await sibling.save(update_fields=["position", "updated_at"])
        uow.record(TaskStatusEvent.DELETED, status.id, project_id=status.project_id)
    return status
