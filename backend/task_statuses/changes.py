"""Configuring workflows: creating, changing, reordering and deleting statuses."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from backend.core.arguments import MAX_IDS, Bounds, Doc, Id
from backend.core.errors import Invalid
from backend.core.ids import parse_id
from backend.core.ordering import in_requested_order, next_position, renumber
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import check_color
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_statuses.arguments import StatusColor, StatusId
from backend.task_statuses.events import TaskStatusEvent
from backend.task_statuses.models import AutoAdvanceTrigger, TaskStatus
from backend.task_statuses.rules import (
    MAX_NAME,
    check_auto_advance,
    check_progress,
    clean_name,
    ensure_unique_name,
    target_in_workflow,
)
from backend.task_statuses.workflows import (
    get_status,
    lock_workflow,
    manageable_status,
    visible_statuses,
    workflow_statuses,
)


async def _locked_workflow(
    principal: Principal, project_id: str | None
) -> tuple[Project | None, UUID | None]:
    """The writable project whose own workflow changes (None: the organization's), and that
    workflow's scope, locked until commit."""
    project = (
        None
        if project_id is None
        else await projects_service.get_writable_project(principal, project_id)
    )
    scope = None if project is None else project.id
    await lock_workflow(principal.organization_id, scope)
    return project, scope


async def create_status(
    principal: Principal,
    *,
    name: Annotated[
        str,
        Doc("The status's name, unique in its workflow regardless of case."),
        Bounds(max_length=MAX_NAME),
    ],
    color: StatusColor = None,
    is_terminal: Annotated[bool, Doc("Entering a terminal status completes the task.")] = False,
    progress: Annotated[
        int | None,
        Doc(
            "Percent done, 0 to 100, that a task in this status counts for; "
            "100 for terminal statuses and 0 otherwise if omitted."
        ),
    ] = None,
    auto_advance_to_status_id: Annotated[
        Id | None,
        Doc("Status of the same workflow to move tasks to automatically (with auto_advance_on)."),
    ] = None,
    auto_advance_on: Annotated[
        AutoAdvanceTrigger | None, Doc("What moves a task on to auto_advance_to_status_id.")
    ] = None,
    project_id: Annotated[
        Id | None,
        Doc(
            "A Space's id: add the status to that Space's own workflow "
            "instead of the organization's."
        ),
    ] = None,
) -> TaskStatus:
    """Append a status to the organization's workflow, or to a project's own workflow.


    A project's first own status starts its own workflow: from then on the project's workflow is
    exactly its own statuses (nothing is copied), and tasks keep their current status until moved.
    """
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    name = clean_name(name)
    check_color(color)
    # A terminal status counts as done unless told otherwise.
    progress = check_progress(progress if progress is not None else (100 if is_terminal else 0))
    async with unit_of_work(principal) as uow:
        _, scope = await _locked_workflow(principal, project_id)
        await ensure_unique_name(principal.organization_id, scope, name)
        target = (
            None
            if auto_advance_to_status_id is None
            else await target_in_workflow(principal, scope, auto_advance_to_status_id)
        )
        last = (
            await workflow_statuses(principal.organization_id, scope).order_by("-position").first()
        )
        status = TaskStatus(
            organization_id=principal.organization_id,
            project_id=scope,
            name=name,
            color=color,
            position=next_position(None if last is None else last.position),
            is_terminal=is_terminal,
            progress=progress,
            auto_advance_on=auto_advance_on,
            auto_advance_to_id=None if target is None else target.id,
        )
        await check_auto_advance(status, field="auto_advance_on")
        await status.save()
        uow.record(TaskStatusEvent.CREATED, status.id, project_id=scope)
    return status


async def update_status(
    principal: Principal,
    *,
    status_id: StatusId,
    name: Annotated[
        str | None,
        Doc("The status's new name, unique in its workflow regardless of case."),
        Bounds(max_length=MAX_NAME),
    ] = None,
    color: StatusColor = None,
    is_terminal: Annotated[
        bool | None,
        Doc(
            "Entering a terminal status completes the task; a terminal status cannot auto-advance."
        ),
    ] = None,
    progress: Annotated[int | None, Doc("Percent done, 0 to 100.")] = None,
    auto_advance_to_status_id: Annotated[
        Id | None, Doc("Status of the same workflow to move tasks to automatically.")
    ] = None,
    auto_advance_on: Annotated[
        AutoAdvanceTrigger | None, Doc("What moves a task on to the auto-advance target.")
    ] = None,
    clear_auto_advance: Annotated[bool, Doc("Remove the auto-advance transition.")] = False,
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
        status = await manageable_status(principal, status_id)
        await lock_workflow(status.organization_id, status.project_id)
        status = await get_status(principal, status_id)  # read again under the lock
        if name is not None:
            name = clean_name(name)
            await ensure_unique_name(
                status.organization_id, status.project_id, name, exclude=status.id
            )
            status.name = name
        if color is not None:
            check_color(color)
            status.color = color
        terminal_changed = is_terminal is not None and is_terminal != status.is_terminal
        if is_terminal is not None:
            status.is_terminal = is_terminal
        if progress is not None:
            status.progress = check_progress(progress)
        if clear_auto_advance:
            status.auto_advance_on = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
            status.auto_advance_to_id = None
        else:
            if auto_advance_to_status_id is not None:
                target = await target_in_workflow(
                    principal, status.project_id, auto_advance_to_status_id
                )
                status.auto_advance_to_id = target.id
            if auto_advance_on is not None:
                status.auto_advance_on = auto_advance_on
        changed_transition = auto_advance_on is not None or auto_advance_to_status_id is not None
        await check_auto_advance(
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
    principal: Principal,
    *,
    status_ids: Annotated[
        list[Id],
        Doc("Every status id of the workflow, in the new order."),
        Bounds(max_items=MAX_IDS),
    ],
    project_id: Annotated[
        Id | None,
        Doc(
            "A Space's id: reorder that Space's own workflow. Omit for the organization's workflow."
        ),
    ] = None,
) -> list[TaskStatus]:
    """Put a workflow's statuses in the given order; status_ids must be exactly that workflow."""
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    field = "status_ids"
    wanted = [parse_id(i, entity="status", field=field) for i in status_ids]
    async with unit_of_work(principal) as uow:
        project, scope = await _locked_workflow(principal, project_id)
        current = await workflow_statuses(principal.organization_id, scope).order_by("position")
        if project is not None and not current:
            raise Invalid(
                f"Project {project.key} has no statuses of its own; it uses the organization's "
                "workflow. Reorder that without project_id.",
                field="project_id",
                reason="NO_OWN_WORKFLOW",
            )
        ordered = await in_requested_order(
            current,
            wanted,
            scope=visible_statuses(principal),
            entity="status",
            plural="statuses",
            field=field,
            whole="the workflow",
            elsewhere="another workflow",
            hint="List this workflow's statuses with task_statuses_list.",
        )
        for status in await renumber(TaskStatus, ordered):
            uow.record(TaskStatusEvent.REORDERED, status.id, project_id=scope)
    return ordered


async def delete_status(
    principal: Principal,
    *,
    status_id: Annotated[Id, Doc("The status to delete.")],
    replacement_status_id: Annotated[
        Id, Doc("Another status of the same workflow that the deleted status's tasks move to.")
    ],
) -> TaskStatus:
    """Delete a status, moving its tasks to a replacement of the same workflow.


    Moving applies the usual status rules (a task with open blockers cannot enter a terminal
    replacement); any refusal leaves everything as it was. Transitions into the deleted status are
    removed.
    """
    principal.require(Permission.MANAGE_PROJECTS, "configure workflow statuses")
    async with unit_of_work(principal) as uow:
        status = await manageable_status(principal, status_id)
        await lock_workflow(status.organization_id, status.project_id)
        status = await get_status(principal, status_id)  # read again under the lock
        replacement = await get_status(
            principal, replacement_status_id, field="replacement_status_id"
        )
        siblings = await workflow_statuses(status.organization_id, status.project_id).order_by(
            "position"
        )
        if len(siblings) == 1:
            raise Invalid(
                f"'{status.name}' is the only status of its workflow, and a workflow cannot be "
                "empty. Create another status first, then delete this one.",
                field="status_id",
                reason="LAST_STATUS",
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
                reason="OTHER_WORKFLOW",
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
        await renumber(TaskStatus, [s for s in siblings if s.id != status.id])
        uow.record(TaskStatusEvent.DELETED, status.id, project_id=status.project_id)
    return status
