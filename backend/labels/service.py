"""Labels: organization-wide tags whose names are unique regardless of case."""

from __future__ import annotations

from typing import Annotated

from tortoise.exceptions import IntegrityError

from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Limit
from backend.core.errors import Conflict, Invalid
from backend.core.lookups import get_in, in_organization
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.core.validation import check_color, clean_text
from backend.labels.arguments import LabelColor, LabelId
from backend.labels.events import LabelEvent
from backend.labels.models import Label
from backend.tasks import service as tasks_service

MAX_NAME = 60


def _clean_name(name: str) -> str:
    return clean_text(name, max_length=MAX_NAME, field="name", subject="The label name")


def _name_key(name: str) -> str:
    # casefold() can lengthen a name ("ß" → "ss"); the key column holds MAX_NAME characters.
    key = name.casefold()
    if len(key) > MAX_NAME:
        raise Invalid(f"The label name must be 1 to {MAX_NAME} characters.", field="name")
    return key


def _name_taken(existing: Label) -> Conflict:
    return Conflict(
        f"A label named '{existing.name}' already exists (id {existing.id}); label names are "
        "unique regardless of case. Use that label, or choose another name.",
        field="name",
        reason="NAME_TAKEN",
    )


async def find_by_name_key(organization_id: object, name_key: str) -> Label | None:
    return await Label.get_or_none(organization_id=organization_id, name_key=name_key)


async def _refuse_taken(organization_id: object, name_key: str, *, unless: object = None) -> None:
    existing = await find_by_name_key(organization_id, name_key)
    if existing is not None and existing.id != unless:
        raise _name_taken(existing)


async def _conflict_after_race(organization_id: object, name_key: str) -> Conflict:
    """The Conflict for a unique-index violation: another request took the name meanwhile."""
    existing = await find_by_name_key(organization_id, name_key)
    if existing is None:  # The other label is already gone again; still a clash, without a name.
        return Conflict(
            "Another label with this name was being saved at the same time. Try again.",
            field="name",
            reason="NAME_TAKEN",
        )
    return _name_taken(existing)


async def get_label(principal: Principal, label_id: object, *, field: str = "label_id") -> Label:
    return await get_in(in_organization(principal, Label), label_id, entity="label", field=field)


async def list_labels(
    principal: Principal, *, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
) -> Page[Label]:
    query = Label.filter(organization_id=principal.organization_id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="name_key")


async def create_label(
    principal: Principal,
    *,
    name: Annotated[str, Doc("The label's name, not blank."), Bounds(max_length=MAX_NAME)],
    color: LabelColor = None,
) -> Label:
    principal.require(Permission.MANAGE_TASKS, "create labels")
    name = _clean_name(name)
    key = _name_key(name)
    check_color(color)
    try:
        async with unit_of_work(principal) as uow:
            await _refuse_taken(principal.organization_id, key)
            label = await Label.create(
                organization_id=principal.organization_id, name=name, name_key=key, color=color
            )
            uow.record(LabelEvent.CREATED, label.id)
    except IntegrityError:
        raise await _conflict_after_race(principal.organization_id, key) from None
    return label


async def update_label(
    principal: Principal,
    *,
    label_id: LabelId,
    name: Annotated[
        str | None, Doc("The new name, unique regardless of case."), Bounds(max_length=MAX_NAME)
    ] = None,
    color: LabelColor = None,
) -> Label:
    principal.require(Permission.MANAGE_TASKS, "edit labels")
    check_color(color)
    key = None
    try:
        async with unit_of_work(principal) as uow:
            label = await get_label(principal, label_id)
            if name is not None:
                label.name = _clean_name(name)
                key = _name_key(label.name)
                # Renaming "Bug" to "BUG" keeps the same key: the label does not clash with itself.
                await _refuse_taken(principal.organization_id, key, unless=label.id)
                label.name_key = key
            if color is not None:
                label.color = color
            await label.save()
            uow.record(LabelEvent.UPDATED, label.id)
    except IntegrityError:
        assert key is not None  # Only a rename can break the unique index.
        raise await _conflict_after_race(principal.organization_id, key) from None
    return label


async def delete_label(principal: Principal, *, label_id: LabelId) -> Label:
    """Delete a label; the database removes it from every task (task_labels cascade)."""
    principal.require(Permission.MANAGE_TASKS, "delete labels")
    async with unit_of_work(principal) as uow:
        label = await get_label(principal, label_id)
        await tasks_service.record_detached(principal, label_id=label.id)
        await label.delete()
        uow.record(LabelEvent.DELETED, label.id)
    return label
