"""Reading the audit log; nothing here (or anywhere) changes or deletes an entry."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from backend.audit.models import AuditEntry
from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import NotFound
from backend.core.ids import parse_id
from backend.core.lookups import in_organization
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.members import service as members_service

MAX_NAME = 100


def _require(principal: Principal) -> None:
    principal.require(Permission.VIEW_AUDIT, "read the audit log")


async def list_entries(
    principal: Principal,
    *,
    actor_id: Annotated[Id | None, Doc("Only entries by this user (from members_list).")] = None,
    entity_type: Annotated[
        str | None,
        Doc("Only entries about this kind of entity, e.g. task, project, time_entry."),
        Bounds(max_length=MAX_NAME),
    ] = None,
    entity_id: Annotated[
        str | None,
        Doc("Only entries about the entity with this id (with or without entity_type)."),
        Bounds(max_length=MAX_NAME),
    ] = None,
    action: Annotated[
        str | None,
        Doc("Only entries of this action, an event type such as task.created."),
        Bounds(max_length=MAX_NAME),
    ] = None,
    from_: Annotated[datetime | None, Doc("Only entries at or after this time.")] = None,
    to: Annotated[datetime | None, Doc("Only entries before this time.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[AuditEntry]:
    """The organization's audit entries, newest first."""
    _require(principal)
    query = in_organization(principal, AuditEntry)
    if actor_id is not None:
        actor = parse_id(actor_id, entity="user", field="actor_id")
        # Someone of this organization, now or in its log (a removed member's history stays).
        if (
            not await members_service.is_member(
                organization_id=principal.organization_id, user_id=actor
            )
            and not await query.filter(actor_id=actor).exists()
        ):
            raise NotFound.entity("user", actor_id, field="actor_id")
        query = query.filter(actor_id=actor)
    if entity_type is not None:
        query = query.filter(entity_type=entity_type.strip())
    if entity_id is not None:
        query = query.filter(entity_id=entity_id.strip())
    if action is not None:
        query = query.filter(action=action.strip())
    if from_ is not None:
        query = query.filter(occurred_at__gte=from_)
    if to is not None:
        query = query.filter(occurred_at__lt=to)
    return await paginate(
        query, limit=limit, cursor=cursor, order_by="occurred_at", descending=True
    )


async def get_entry(
    principal: Principal,
    *,
    entry_id: Annotated[Id, Doc("The audit entry's id (from audit_list).")],
) -> AuditEntry:
    _require(principal)
    parsed = parse_id(entry_id, entity="audit entry", field="entry_id")
    entry = await in_organization(principal, AuditEntry).filter(id=parsed).first()
    if entry is None:
        raise NotFound(
            f"No audit entry with id {entry_id} exists in this organization. Check the id, or "
            "find the entry with audit_list.",
            field="entry_id",
        )
    return entry
