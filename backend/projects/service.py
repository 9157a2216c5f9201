"""Projects ("Spaces"): who may see them, and their lifecycle and membership rules."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, TypeVar
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.clients import service as clients_service
from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.ids import parse_id
from backend.core.lookups import get_in
from backend.core.money import check_amount, check_places
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import check_color, clean_text
from backend.members import service as members_service
from backend.projects.arguments import BILLABLE, VISIBILITY, Color, Description, ProjectId
from backend.projects.events import ProjectEvent, ProjectMemberEvent
from backend.projects.models import Project, ProjectMember, Visibility

M = TypeVar("M", bound=Model)

_KEY = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


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


def in_organization_or_accessible_projects(principal: Principal, model: type[M]) -> QuerySet[M]:
    """Rows of a model owned by the organization or by one of its Spaces (a nullable project):
    the organization's own, and those of Spaces the principal may read. A private Space's rows
    are thus as unknown to an outsider as a random id."""
    return model.filter(
        Q(project_id__isnull=True) | Q(project_id__in=accessible_project_ids(principal)),
        organization_id=principal.organization_id,
    )


async def get_in_accessible_project(
    principal: Principal, model: type[M], object_id: object, *, entity: str, field: str
) -> M:
    """One row of a Space-owned model; missing, foreign and unreadable rows are all "not found"."""
    return await get_in(
        in_accessible_projects(principal, model), object_id, entity=entity, field=field
    )


async def get_of_project(
    principal: Principal,
    project: Project,
    model: type[M],
    object_id: object,
    *,
    entity: str,
    field: str,
    label: str,
    list_tool: str,
) -> M:
    """A row of this Space; one of another readable Space is refused, naming the row by `label`.

    `label` is the row's attribute that users know it by (a group's "name", a milestone's "title").
    """
    row = await get_in_accessible_project(principal, model, object_id, entity=entity, field=field)
    if row.project_id != project.id:  # type: ignore[attr-defined]  # every Space-owned model has it
        raise Invalid(
            f"{entity.capitalize()} '{getattr(row, label)}' belongs to another Space, not "
            f"{project.key}. List this Space's {entity}s with {list_tool}(project_id).",
            field=field,
            reason="OTHER_SPACE",
        )
    return row


async def get_writable_in_project(
    principal: Principal,
    model: type[M],
    object_id: object,
    *,
    entity: str,
    field: str,
    action: str,
) -> tuple[M, Project]:
    """A Space-owned row the principal may change, with its Space: `manage_tasks` (refused as
    "cannot {action}"), a readable Space, and one that is not archived."""
    principal.require(Permission.MANAGE_TASKS, action)
    row = await get_in_accessible_project(principal, model, object_id, entity=entity, field=field)
    return row, await writable_project_of(principal, row)


async def writable_project_of(principal: Principal, row: Model) -> Project:
    """The Space a Space-owned row belongs to, refused when unreadable or archived."""
    project_id: object = row.project_id  # type: ignore[attr-defined]  # every Space-owned model has it
    return await get_writable_project(principal, str(project_id))


async def can_access(principal: Principal, project_id: str) -> bool:
    try:
        parsed = parse_id(project_id, entity="project", field="project_id")
    except (NotFound, Invalid):  # malformed or empty: names no Space the principal can read
        return False
    return await accessible_projects(principal).filter(id=parsed).exists()


async def get_project(
    principal: Principal, project_id: str, *, field: str = "project_id"
) -> Project:
    return await get_in(accessible_projects(principal), project_id, entity="project", field=field)


def ensure_writable(project: Project) -> None:
    if project.archived_at is not None:
        raise Conflict(
            f"Project {project.key} is archived and read-only. Unarchive it with projects_unarchive first.",
            field="project_id",
            reason="PROJECT_ARCHIVED",
        )


async def get_writable_project(
    principal: Principal, project_id: str, *, field: str = "project_id"
) -> Project:
    project = await get_project(principal, project_id, field=field)
    ensure_writable(project)
    return project


def _clean_name(name: str) -> str:
    return clean_text(name, max_length=MAX_NAME, field="name", subject="The project name")


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


MAX_NAME = 200
MAX_KEY = 10  # the column's size
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


def _hours(budget_hours: Decimal | None) -> Decimal | None:
    """A budget as stored: to the hundredth of an hour, more places refused."""
    return None if budget_hours is None else check_places(budget_hours, 2, field="budget_hours")


async def _check_rate_places(principal: Principal, project: Project, field: str) -> None:
    """A Space's rates take the places of the currency they bill in (its client's, else the
    organization's): a KWD client's Space takes 1.250, a JPY one whole yen."""
    if project.hourly_rate is not None:
        currency = await clients_service.rate_currency(principal, project.client_id)
        project.hourly_rate = check_amount(project.hourly_rate, currency, field=field)


async def list_projects(
    principal: Principal,
    *,
    include_archived: Annotated[bool, Doc("Also list archived Spaces.")] = False,
    client_id: Annotated[Id | None, Doc("Only the Spaces of this client.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[Project]:
    query = accessible_projects(principal)
    if not include_archived:
        query = query.filter(archived_at__isnull=True)
    if client_id is not None:
        client = await clients_service.client_of_organization(principal, client_id)
        query = query.filter(client_id=client.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def create_project(
    principal: Principal,
    *,
    name: Annotated[str, Doc("The Space's name."), Bounds(max_length=MAX_NAME)],
    key: Annotated[
        str | None,
        Doc(
            "Short uppercase key used in task keys, e.g. WEB for WEB-42; "
            "derived from the name if omitted."
        ),
        Bounds(max_length=MAX_KEY),
    ] = None,
    description: Description = None,
    color: Color = None,
    visibility: Annotated[Visibility, VISIBILITY] = Visibility.OPEN,
    billable: Annotated[bool, BILLABLE] = True,
    hourly_rate: Annotated[
        Decimal | None, Doc('Hourly rate as a decimal string, e.g. "120.00" (needs view_rates).')
    ] = None,
    budget_hours: Annotated[Decimal | None, Doc('Hours budgeted for the Space, e.g. "80".')] = None,
    client_id: Annotated[
        Id | None, Doc("The client billed for the Space (from clients_list); not an archived one.")
    ] = None,
) -> Project:
    principal.require(Permission.MANAGE_PROJECTS, "create projects")
    name = _clean_name(name)
    check_color(color)
    _check_money(principal, hourly_rate=hourly_rate, budget_hours=budget_hours)
    if key is not None:
        key = key.strip().upper()
        if not _KEY.match(key):
            raise Invalid(
                f"key must be 2 to 10 letters or digits starting with a letter (like WEB); got '{key}'.",
                field="key",
            )
    try:
        async with unit_of_work(principal) as uow:
            client = (
                None
                if client_id is None
                else await clients_service.get_assignable_client(principal, client_id)
            )
            if key is None:
                key = await _derive_key(principal.organization_id, name)
            elif await Project.exists(organization_id=principal.organization_id, key=key):
                raise _key_taken(key)
            project = await Project.create(
                organization_id=principal.organization_id,
                key=key,
                name=name,
                description=description,
                color=color,
                visibility=visibility,
                billable=billable,
                hourly_rate=None
                if hourly_rate is None
                else check_amount(
                    hourly_rate,
                    await clients_service.rate_currency(
                        principal, None if client is None else client.id
                    ),
                    field="hourly_rate",
                ),
                budget_hours=_hours(budget_hours),
                client_id=None if client is None else client.id,
                created_by_id=principal.user_id,
            )
            # The creator can always see a private project they made.
            await ProjectMember.create(project=project, user_id=principal.user_id)
            uow.record(ProjectEvent.CREATED, project.id, project_id=project.id)
    except IntegrityError:
        # A concurrent create took the key between the check (or derivation) and the insert: the
        # unique index refused this one, and the caller gets the pre-check's answer, not a
        # masked error.
        assert key is not None  # only the insert, once the key is set, can break the index
        raise _key_taken(key) from None
    return project


def _key_taken(key: str) -> Conflict:
    return Conflict(
        f"Another project already uses the key {key}. Choose another key.",
        field="key",
        reason="KEY_TAKEN",
    )


async def update_project(
    principal: Principal,
    *,
    project_id: ProjectId,
    name: Annotated[str | None, Doc("The Space's new name."), Bounds(max_length=MAX_NAME)] = None,
    description: Description = None,
    clear_description: Annotated[bool, Doc("Empty the description.")] = False,
    color: Color = None,
    visibility: Annotated[Visibility | None, VISIBILITY] = None,
    billable: Annotated[bool | None, BILLABLE] = None,
    hourly_rate: Annotated[
        Decimal | None, Doc("Hourly rate as a decimal string (needs view_rates).")
    ] = None,
    clear_hourly_rate: Annotated[bool, Doc("Remove the Space's hourly rate.")] = False,
    budget_hours: Annotated[Decimal | None, Doc("Hours budgeted for the Space.")] = None,
    clear_budget_hours: Annotated[bool, Doc("Remove the Space's budget.")] = False,
    client_id: Annotated[
        Id | None,
        Doc(
            "Bill the Space to this client (not an archived one); unbilled time keeps its "
            "rates until time_entries_rerate."
        ),
    ] = None,
    clear_client: Annotated[bool, Doc("Unlink the Space from its client.")] = False,
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
        if clear_client:
            project.client_id = None
        elif client_id is not None:
            client = await clients_service.get_assignable_client(principal, client_id)
            project.client_id = client.id
        if billable is not None:
            project.billable = billable
        if clear_hourly_rate:
            project.hourly_rate = None
        elif hourly_rate is not None:
            project.hourly_rate = hourly_rate
        if hourly_rate is not None or client_id is not None or clear_client:
            await _check_rate_places(principal, project, "hourly_rate")
        if clear_budget_hours:
            project.budget_hours = None
        elif budget_hours is not None:
            project.budget_hours = _hours(budget_hours)
        if name is not None:
            project.name = _clean_name(name)
        if clear_description:
            project.description = None  # type: ignore[assignment]  # tortoise types nullable fields as non-null
        elif description is not None:
            project.description = description
        if color is not None:
            check_color(color)
            project.color = color
        if visibility is not None:
            project.visibility = visibility
        await project.save()
        uow.record(ProjectEvent.UPDATED, project.id, project_id=project.id)
    return project


async def set_archived(principal: Principal, *, project_id: ProjectId, archived: bool) -> Project:
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
    principal: Principal,
    *,
    project_id: ProjectId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ProjectMember]:
    project = await get_project(principal, project_id)
    query = ProjectMember.filter(project_id=project.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="created_at")


async def add_member(
    principal: Principal,
    *,
    project_id: ProjectId,
    user_id: Annotated[Id, Doc("The member's user id (from members_list).")],
    hourly_rate: Annotated[
        Decimal | None,
        Doc(
            "This member's hourly rate on the Space, overriding the Space's rate "
            "(needs view_rates)."
        ),
    ] = None,
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
        if hourly_rate is not None:
            # The Space's currency: the Space-member rate overrides the Space's rate in it.
            hourly_rate = check_amount(
                hourly_rate,
                await clients_service.rate_currency(principal, project.client_id),
                field="hourly_rate",
            )
        if hourly_rate is not None and member.hourly_rate != hourly_rate:
            member.hourly_rate = hourly_rate
            await member.save(update_fields=["hourly_rate", "updated_at"])
            if not created:
                uow.record(ProjectMemberEvent.UPDATED, member.id, project_id=project.id)
        if created:
            uow.record(ProjectMemberEvent.ADDED, member.id, project_id=project.id)
    return member


async def remove_member(
    principal: Principal,
    *,
    project_id: ProjectId,
    user_id: Annotated[Id, Doc("The member's user id.")],
) -> ProjectMember:
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


async def record_client_detached(principal: Principal, *, client_id: object) -> None:
    """Publish `project.updated` for the Spaces a client deletion is about to detach (the
    database sets their client to null)."""
    query = Project.filter(organization_id=principal.organization_id, client_id=client_id)
    async with unit_of_work(principal) as uow:
        for project in await query.values_list("id", flat=True):
            uow.record(ProjectEvent.UPDATED, project, project_id=project)


async def rate_inputs(
    pairs: list[tuple[UUID, UUID]],
) -> tuple[dict[UUID, tuple[Decimal | None, UUID | None]], dict[tuple[UUID, UUID], Decimal | None]]:
    """For (project id, user id) pairs: each Space's rate and client, and each Space member's
    rate, in two queries (for resolving time entry rates)."""
    project_ids = list({project_id for project_id, _ in pairs})
    if not project_ids:
        return {}, {}
    spaces = {
        UUID(str(project_id)): (rate, None if client is None else UUID(str(client)))
        for project_id, rate, client in await Project.filter(id__in=project_ids).values_list(
            "id", "hourly_rate", "client_id"
        )
    }
    user_ids = list({user_id for _, user_id in pairs})
    members = {
        (UUID(str(project_id)), UUID(str(user_id))): rate
        for project_id, user_id, rate in await ProjectMember.filter(
            project_id__in=project_ids, user_id__in=user_ids
        ).values_list("project_id", "user_id", "hourly_rate")
    }
    return spaces, members


async def delete_project(principal: Principal, *, project_id: ProjectId) -> Project:
    """Delete a Space with its tasks; tracked time stays, detached from the project."""
    principal.require(Permission.MANAGE_PROJECTS, "delete projects")
    async with unit_of_work(principal) as uow:
        project = await get_project(principal, project_id)
        await project.delete()
        uow.record(ProjectEvent.DELETED, project.id, project_id=project.id)
    return project
