"""GraphQL type of labels."""

from __future__ import annotations

import strawberry

from backend.core.rows import FromRow


@strawberry.type(description="An organization-wide label for tagging and filtering tasks.")
class Label(FromRow):
    id: strawberry.ID
    name: str
    color: str | None
