"""GraphQL type of labels."""

from __future__ import annotations

import strawberry

from backend.labels import models


@strawberry.type(description="An organization-wide label for tagging and filtering tasks.")
class Label:
    id: strawberry.ID
    name: str
    color: str | None

    @classmethod
    def from_model(cls, row: models.Label) -> Label:
        return cls(id=strawberry.ID(str(row.id)), name=row.name, color=row.color)
