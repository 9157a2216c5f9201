"""Organization-wide labels; names are unique regardless of case."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization


class Label(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="labels", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=60)
    # casefold() of the name: the unique index makes "Bug" and "bug" the same label.
    name_key = fields.CharField(max_length=60)
    color = fields.CharField(max_length=7, null=True)

    organization_id: UUID

    class Meta:
        table = "labels"
        unique_together = (("organization", "name_key"),)
