"""Workflow statuses: the organization's set, or a project's own set that replaces it."""

from __future__ import annotations

from tortoise.queryset import QuerySet

from backend.core.errors import Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.principal import Principal
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
