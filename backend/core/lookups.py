"""Rows by id within a scope: the one way a service turns a client's id into a row or NotFound."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar
from uuid import UUID

from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.core.errors import NotFound
from backend.core.ids import parse_id
from backend.core.principal import Principal

M = TypeVar("M", bound=Model)


def in_organization(principal: Principal, model: type[M]) -> QuerySet[M]:
    """Rows of an organization-owned model (one with `organization_id`) of the principal's org."""
    return model.filter(organization_id=principal.organization_id)


async def get_in(query: QuerySet[M], object_id: object, *, entity: str, field: str) -> M:
    """The row of `query` with this id. Malformed, missing and out-of-scope ids are all the same
    "not found", so a caller learns nothing about rows it may not see."""
    parsed = parse_id(object_id, entity=entity, field=field)
    row = await query.filter(id=parsed).first()
    if row is None:
        raise NotFound.entity(entity, object_id, field=field)
    return row


async def refuse_unknown(
    query: QuerySet[M], object_ids: Sequence[UUID], *, entity: str, field: str
) -> None:
    """NotFound for the first of these ids that names no row of `query` (one query for all)."""
    known = set(await query.filter(id__in=list(object_ids)).values_list("id", flat=True))
    for object_id in object_ids:
        if object_id not in known:
            raise NotFound.entity(entity, object_id, field=field)
