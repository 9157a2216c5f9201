"""GraphQL type of task groups (board columns and sections)."""

from __future__ import annotations

import strawberry

from backend.core.rows import FromRow


@strawberry.type(description="A board column or section of a Space.")
class TaskGroup(FromRow):
    id: strawberry.ID
    project_id: strawberry.ID
    name: str
    position: int
