"""Milestones: dated markers on a Space's Gantt chart; tasks can be attached to them."""

from __future__ import annotations

import re
from datetime import date

from backend.core.errors import Invalid
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.milestones.events import MilestoneEvent
from backend.milestones.models import Milestone
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.tasks import service as tasks_service

MAX_TITLE = 200
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _clean_title(title: str) -> str:
    title = title.strip()
    if not title or len(title) > MAX_TITLE:
        raise Invalid(f"The milestone title must be 1 to {MAX_TITLE} characters.", field="title")
    return title


def _check_color(color: str | None) -> None:
    if color is not None and not _COLOR.match(color):
        raise Invalid(f"color must look like #1a2b3c; got '{color}'.", field="color")


async def get_milestone(
    principal: Principal, milestone_id: object, *, field: str = "milestone_id"
) -> Milestone:
    """A milestone of a Space the principal can read."""
    return await projects_service.get_in_accessible_project(
        principal, Milestone, milestone_id, entity="milestone", field=field
    )


async def milestone_for_project(
    principal: Principal, project: Project, milestone_id: object, *, field: str = "milestone_id"
) -> Milestone:
    """A milestone of this project; one of another project is refused."""
    milestone = await get_milestone(principal, milestone_id, field=field)
    if milestone.project_id != project.id:
        raise Invalid(
            f"Milestone '{milestone.title}' belongs to another Space, not {project.key}. "
            "List this Space's milestones with milestones_list(project_id).",
            field=field,
        )
    return milestone


async def _writable_milestone(
    principal: Principal, milestone_id: str, action: str
) -> tuple[Milestone, Project]:
    principal.require(Permission.MANAGE_TASKS, action)
    milestone = await get_milestone(principal, milestone_id)
    project = await projects_service.get_writable_project(principal, str(milestone.project_id))
    return milestone, project


async def list_milestones(
    principal: Principal, *, project_id: str, limit: int, cursor: str | None
) -> Page[Milestone]:
    project = await projects_service.get_project(principal, project_id)
    query = Milestone.filter(project_id=project.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="target_date")


async def create_milestone(
    principal: Principal,
    *,
    project_id: str,
    title: str,
    target_date: date,
    color: str | None = None,
    description: str | None = None,
) -> Milestone:
    principal.require(Permission.MANAGE_TASKS, "create milestones")
    title = _clean_title(title)
    _check_color(color)
    async with unit_of_work(principal) as uow:
        project = await projects_service.get_writable_project(principal, project_id)
        milestone = await Milestone.create(
            organization_id=principal.organization_id,
            project_id=project.id,
            title=title,
            target_date=target_date,
            color=color,
            description=description,
        )
        uow.record(MilestoneEvent.CREATED, milestone.id, project_id=project.id)
    return milestone


async def update_milestone(
    principal: Principal,
    *,
    milestone_id: str,
    title: str | None = None,
    target_date: date | None = None,
    color: str | None = None,
    description: str | None = None,
    clear_description: bool = False,
) -> Milestone:
    principal.require(Permission.MANAGE_TASKS, "edit milestones")
    if title is not None:
        title = _clean_title(title)
    _check_color(color)
    async with unit_of_work(principal) as uow:
        milestone, project = await _writable_milestone(principal, milestone_id, "edit milestones")
        if title is not None:
            milestone.title = title
        if target_date is not None:
            milestone.target_date = target_date
        if color is not None:
            milestone.color = color
        if clear_description:
            milestone.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            milestone.description = description
        await milestone.save()
        uow.record(MilestoneEvent.UPDATED, milestone.id, project_id=project.id)
    return milestone


async def delete_milestone(principal: Principal, *, milestone_id: str) -> Milestone:
    """Delete a milestone; its tasks stay, detached (the database sets their milestone to null)."""
    async with unit_of_work(principal) as uow:
        milestone, project = await _writable_milestone(principal, milestone_id, "delete milestones")
        await tasks_service.record_detached(principal, milestone_id=milestone.id)
        await milestone.delete()
        uow.record(MilestoneEvent.DELETED, milestone.id, project_id=project.id)
    return milestone
