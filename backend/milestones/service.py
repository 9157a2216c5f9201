"""Milestones: dated markers on a Space's Gantt chart; tasks can be attached to them."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Limit
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import check_color, clean_text
from backend.milestones.arguments import Description, MilestoneColor, MilestoneId
from backend.milestones.events import MilestoneEvent
from backend.milestones.models import Milestone
from backend.projects import service as projects_service
from backend.projects.arguments import ProjectId
from backend.projects.models import Project
from backend.tasks import service as tasks_service

MAX_TITLE = 200


def _clean_title(title: str) -> str:
    return clean_text(title, max_length=MAX_TITLE, field="title", subject="The milestone title")


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
    return await projects_service.get_of_project(
        principal,
        project,
        Milestone,
        milestone_id,
        entity="milestone",
        field=field,
        label="title",
        list_tool="milestones_list",
    )


async def _writable_milestone(
    principal: Principal, milestone_id: str, action: str
) -> tuple[Milestone, Project]:
    return await projects_service.get_writable_in_project(
        principal, Milestone, milestone_id, entity="milestone", field="milestone_id", action=action
    )


async def list_milestones(
    principal: Principal,
    *,
    project_id: ProjectId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Milestone]:
    project = await projects_service.get_project(principal, project_id)
    query = Milestone.filter(project_id=project.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="target_date")


async def create_milestone(
    principal: Principal,
    *,
    project_id: ProjectId,
    title: Annotated[str, Doc("The milestone's title, not blank."), Bounds(max_length=MAX_TITLE)],
    target_date: Annotated[date, Doc("The day the milestone is due.")],
    color: MilestoneColor = None,
    description: Description = None,
) -> Milestone:
    principal.require(Permission.MANAGE_TASKS, "create milestones")
    title = _clean_title(title)
    check_color(color)
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
    milestone_id: MilestoneId,
    title: Annotated[
        str | None, Doc("The new title, not blank."), Bounds(max_length=MAX_TITLE)
    ] = None,
    target_date: Annotated[date | None, Doc("The new target day.")] = None,
    color: MilestoneColor = None,
    description: Description = None,
    clear_description: Annotated[bool, Doc("Empty the description.")] = False,
) -> Milestone:
    principal.require(Permission.MANAGE_TASKS, "edit milestones")
    if title is not None:
        title = _clean_title(title)
    check_color(color)
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


async def delete_milestone(principal: Principal, *, milestone_id: MilestoneId) -> Milestone:
    """Delete a milestone; its tasks stay, detached (the database sets their milestone to null)."""
    async with unit_of_work(principal) as uow:
        milestone, project = await _writable_milestone(principal, milestone_id, "delete milestones")
        await tasks_service.record_detached(principal, milestone_id=milestone.id)
        await milestone.delete()
        uow.record(MilestoneEvent.DELETED, milestone.id, project_id=project.id)
    return milestone
