"""GraphQL type of task groups (board columns and sections)."""

from __future__ import annotations

import strawberry

from backend.task_groups import models


@strawberry.type(description="A board column or section of a Space.")
class TaskGroup:
    id: strawberry.ID
    project_id: strawberry.ID
    name: str
    position: int

    @classmethod
    def from_model(cls, row: models.TaskGroup) -> TaskGroup:
        return cls(
            id=strawberry.ID(str(row.id)),
            project_id=strawberry.ID(str(row.project_id)),
            name=row.name,
            position=row.position,
        )
