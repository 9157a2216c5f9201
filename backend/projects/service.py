"""Projects ("Spaces"): who may see them, and their lifecycle and membership rules."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.money import optional_cents
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.members import service as members_service
from backend.projects.events import ProjectEvent, ProjectMemberEvent
from backend.projects.models import Project, ProjectMember, Visibility

M = TypeVar("M", bound=Model)

_KEY = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def accessible_projects(principal: Principal) -> QuerySet[Project]:
    """Every project of the organization the principal may read."""
    query = Project.filter(organization_id=principal.organization_id)
    if principal.can(Permission.ACCESS_ALL_PROJECTS):
        return query
    member_of = Q(members__user_id=principal.user_id)
    if principal.can(Permission.ACCESS_OPEN_PROJECTS):
        return query.filter(Q(visibility=Visibility.OPEN) | member_of).distinct()
    return query.filter(member_of).distinct()


def accessible_project_ids(principal: Principal) -> Subquery:
    """Ids of the Spaces the principal may read, as a subquery for `project_id__in=`."""
    return Subquery(accessible_projects(principal).values("id"))


def in_accessible_projects(principal: Principal, model: type[M]) -> QuerySet[M]:
    """Rows of a Space-owned model (with organization and project) the principal may read."""
    return model.filter(
        organization_id=principal.organization_id, project_id__in=accessible_project_ids(principal)
    )


async def get_in_accessible_project(
    principal: Principal, model: type[M], object_id: object, *, entity: str, field: str
) -> M:
    """One row of a Space-owned model; missing, foreign and unreadable rows are all "not found"."""
    parsed = parse_id(object_id, entity=entity, field=field)
    row = await in_accessible_projects(principal, model).filter(id=parsed).first()
    if row is None:
        raise NotFound.entity(entity, object_id, field=field)
    return row


async def can_access(principal: Principal, project_id: str) -> bool:
    try:
        parsed = parse_id(project_id, entity="project", field="project_id")
    except NotFound:
        return False
    return await accessible_projects(principal).filter(id=parsed).exists()


async def get_project(
    principal: Principal, project_id: str, *, field: str = "project_id"
) -> Project:
    parsed = parse_id(project_id, entity="project", field=field)
    project = await accessible_projects(principal).filter(id=parsed).first()
    if project is None:
        raise NotFound.entity("project", project_id, field=field)
    return project


def ensure_writable(project: Project) -> None:
    if project.archived_at is not None:
        raise Conflict(
            f"Project {project.key} is archived and read-only. Unarchive it with projects_unarchive first.",
            field="project_id",
        )


async def get_writable_project(
    principal: Principal, project_id: str, *, field: str = "project_id"
) -> Project:
    project = await get_project(principal, project_id, field=field)
    ensure_writable(project)
    return project


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise Invalid("The project name must be 1 to 200 characters.", field="name")
    return name


def _check_color(color: str | None) -> None:
    if color is not None and not _COLOR.match(color):
        raise Invalid(f"color must look like #1a2b3c; got '{color}'.", field="color")


async def _derive_key(organization_id: str, name: str) -> str:
    letters = re.sub(r"[^A-Z0-9]", "", name.upper())
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    base = "".join(w[0] for w in words).upper() if len(words) > 1 else letters[:4]
    base = re.sub(r"[^A-Z0-9]", "", base)
    if not base or not base[0].isalpha():
        base = "P" + base
    base = (base + "X")[:4] if len(base) < 2 else base[:6]
    key, n = base, 1
    while await Project.exists(organization_id=organization_id, key=key):
        n += 1
        key = f"{base[:8]}{n}"
    return key


_MAX_RATE = Decimal("1000000")
_MAX_BUDGET_HOURS = Decimal("10000000")


def _check_money(
    principal: Principal,
    *,
    hourly_rate: Decimal | None = None,
    budget_hours: Decimal | None = None,
    clearing_rate: bool = False,
) -> None:
    if hourly_rate is not None or clearing_rate:
        principal.require(Permission.VIEW_RATES, "set hourly rates")
    if hourly_rate is not None and not Decimal(0) <= hourly_rate < _MAX_RATE:
        raise Invalid(
            f"hourly_rate must be between 0 and {_MAX_RATE}; got {hourly_rate}.",
            field="hourly_rate",
        )
    if budget_hours is not None and not Decimal(0) < budget_hours < _MAX_BUDGET_HOURS:
        raise Invalid(f"budget_hours must be positive; got {budget_hours}.", field="budget_hours")


async def list_projects(
    principal: Principal, *, include_archived: bool = False, limit: int, cursor: str | None
) -> Page[Project]:
    query = accessible_projects(principal)
    if not include_archived:
        query = query.filter(archived_at__isnull=True)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def create_project(
    principal: Principal,
    *,
    name: str,
    key: str | None = None,
    description: str | None = None,
    color: str | None = None,
    visibility: Visibility = Visibility.OPEN,
    billable: bool = True,
    hourly_rate: Decimal | None = None,
    budget_hours: Decimal | None = None,
) -> Project:
    principal.require(Permission.MANAGE_PROJECTS, "create projects")
    name = _clean_name(name)
    _check_color(color)
    _check_money(principal, hourly_rate=hourly_rate, budget_hours=budget_hours)
    async with unit_of_work(principal) as uow:
        if key is None:
            key = await _derive_key(principal.organization_id, name)
        else:
            key = key.strip().upper()
            if not _KEY.match(key):
                raise Invalid(
                    f"key must be 2 to 10 letters or digits starting with a letter (like WEB); got '{key}'.",
                    field="key",
                )
            if await Project.exists(organization_id=principal.organization_id, key=key):
                raise Conflict(
                    f"Another project already uses the key {key}. Choose another key.", field="key"
                )
        project = await Project.create(
            organization_id=principal.organization_id,
            key=key,
            name=name,
            description=description,
            color=color,
            visibility=visibility,
            billable=billable,
            hourly_rate=optional_cents(hourly_rate),
            budget_hours=optional_cents(budget_hours),
            created_by_id=principal.user_id,
        )
        # The creator can always see a private project they made.
        await ProjectMember.create(project=project, user_id=principal.user_id)
        uow.record(ProjectEvent.CREATED, project.id, project_id=project.id)
    return project


async def update_project(
    principal: Principal,
    *,
    project_id: str,
    name: str | None = None,
    description: str | None = None,
    clear_description: bool = False,
    color: str | None = None,
    visibility: Visibility | None = None,
    billable: bool | None = None,
    hourly_rate: Decimal | None = None,
    clear_hourly_rate: bool = False,
    budget_hours: Decimal | None = None,
    clear_budget_hours: bool = False,
) -> Project:
    principal.require(Permission.MANAGE_PROJECTS, "edit projects")
    _check_money(
        principal,
        hourly_rate=hourly_rate,
        budget_hours=budget_hours,
        clearing_rate=clear_hourly_rate,
    )
    async with unit_of_work(principal) as uow:
        project = await get_writable_project(principal, project_id)
        if billable is not None:
            project.billable = billable
        if clear_hourly_rate:
            project.hourly_rate = None
        elif hourly_rate is not None:
            project.hourly_rate = optional_cents(hourly_rate)
        if clear_budget_hours:
            project.budget_hours = None
        elif budget_hours is not None:
            project.budget_hours = optional_cents(budget_hours)
        if name is not None:
            project.name = _clean_name(name)
        if clear_description:
            project.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            project.description = description
        if color is not None:
            _check_color(color)
            project.color = color
        if visibility is not None:
            project.visibility = visibility
        await project.save()
        uow.record(ProjectEvent.UPDATED, project.id, project_id=project.id)
    return project


async def set_archived(principal: Principal, *, project_id: str, archived: bool) -> Project:
    principal.require(Permission.MANAGE_PROJECTS, "archive or unarchive projects")
    async with unit_of_work(principal) as uow:
        project = await get_project(principal, project_id)
        if (project.archived_at is not None) != archived:
            project.archived_at = datetime.now(UTC) if archived else None
            await project.save(update_fields=["archived_at", "updated_at"])
            uow.record(
                ProjectEvent.ARCHIVED if archived else ProjectEvent.UNARCHIVED,
                project.id,
                project_id=project.id,
            )
    return project


async def list_members(
    principal: Principal, *, project_id: str, limit: int, cursor: str | None
) -> Page[ProjectMember]:
    project = await get_project(principal, project_id)
    query = ProjectMember.filter(project_id=project.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def add_member(
    principal: Principal, *, project_id: str, user_id: str, hourly_rate: Decimal | None = None
) -> ProjectMember:
    """Add a member (or, when already one, update their rate)."""
    principal.require(Permission.MANAGE_PROJECTS, "manage project members")
    _check_money(principal, hourly_rate=hourly_rate)
    async with unit_of_work(principal) as uow:
        project = await get_writable_project(principal, project_id)
        user = parse_id(user_id, entity="user", field="user_id")
        if not await members_service.is_member(
            organization_id=principal.organization_id, user_id=user
        ):
            raise NotFound.entity("user", user_id, field="user_id")
        member, created = await ProjectMember.get_or_create(project_id=project.id, user_id=user)
        if hourly_rate is not None and member.hourly_rate != optional_cents(hourly_rate):
            member.hourly_rate = optional_cents(hourly_rate)
            await member.save(update_fields=["hourly_rate", "updated_at"])
            if not created:
                uow.record(ProjectMemberEvent.UPDATED, member.id, project_id=project.id)
        if created:
            uow.record(ProjectMemberEvent.ADDED, member.id, project_id=project.id)
    return member


async def remove_member(principal: Principal, *, project_id: str, user_id: str) -> ProjectMember:
    principal.require(Permission.MANAGE_PROJECTS, "manage project members")
    async with unit_of_work(principal) as uow:
        project = await get_writable_project(principal, project_id)
        user = parse_id(user_id, entity="user", field="user_id")
        member = await ProjectMember.get_or_none(project_id=project.id, user_id=user)
        if member is None:
            raise NotFound(
                f"User {user_id} is not a member of project {project.key}. List members with projects_members_list.",
                field="user_id",
            )
        await member.delete()
        uow.record(ProjectMemberEvent.REMOVED, member.id, project_id=project.id)
    return member


async def delete_project(principal: Principal, *, project_id: str) -> Project:
    """Delete a Space with its tasks; tracked time stays, detached from the project."""
    principal.require(Permission.MANAGE_PROJECTS, "delete projects")
    async with unit_of_work(principal) as uow:
        project = await get_project(principal, project_id)
        await project.delete()
        uow.record(ProjectEvent.DELETED, project.id, project_id=project.id)
    return project
