"""Which statuses a task may take: the organization's workflow, or a project's own that replaces it."""

from __future__ import annotations

from typing import Annotated

from tortoise.queryset import QuerySet

from backend.core.arguments import Doc, Id
from backend.core.errors import Invalid, NotFound
from backend.core.lookups import get_in
from backend.core.principal import Principal
from backend.orgs import locks as org_locks
from backend.projects import locks as project_locks
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.task_statuses.models import TaskStatus

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


def visible_statuses(principal: Principal) -> QuerySet[TaskStatus]:
    """The organization's workflow and the workflows of Spaces the principal may read."""
    return projects_service.in_organization_or_accessible_projects(principal, TaskStatus)


async def get_status(
    principal: Principal, status_id: object, *, field: str = "status_id"
) -> TaskStatus:
    return await get_in(visible_statuses(principal), status_id, entity="status", field=field)


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
            reason="OTHER_WORKFLOW",
        )
    return status


async def first_status(project: Project) -> TaskStatus:
    statuses = await workflow(project)
    if not statuses:
        raise Invalid(
            "This workflow has no statuses; create one with task_statuses_create.",
            field="status_id",
            reason="EMPTY_WORKFLOW",
        )
    return statuses[0]


def workflow_statuses(organization_id: object, project_id: object | None) -> QuerySet[TaskStatus]:
    """One workflow's own statuses: the organization's (project_id None) or a project's."""
    if project_id is None:
        return organization_statuses(organization_id)
    return TaskStatus.filter(organization_id=organization_id, project_id=project_id)


async def lock_workflow(organization_id: object, project_id: object | None) -> None:
    """Serialize changes to one workflow until commit, so names stay unique and positions distinct.


    The owner of the row takes the lock: the project's, or the organization's for its workflow.
    """
    if project_id is None:
        await org_locks.lock_organization(organization_id)
    else:
        await project_locks.lock_project(project_id)


async def list_statuses(
    principal: Principal,
    *,
    project_id: Annotated[
        Id | None,
        Doc("A Space's id: list the workflow its tasks use. Omit for the organization's workflow."),
    ] = None,
) -> list[TaskStatus]:
    """The statuses in order: a project's workflow when project_id is given, else the organization's."""
    if project_id is not None:
        return await workflow(await projects_service.get_project(principal, project_id))
    return await organization_statuses(principal.organization_id).order_by("position")


async def manageable_status(
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
