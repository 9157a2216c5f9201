"""GraphQL type of milestones."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.milestones import models


@strawberry.type(description="A dated marker on a Space's Gantt chart.")
class Milestone:
    id: strawberry.ID
    project_id: strawberry.ID
    title: str
    target_date: date
    color: str | None
    description: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.Milestone) -> Milestone:
        return cls(
            id=strawberry.ID(str(row.id)),
            project_id=strawberry.ID(str(row.project_id)),
            title=row.title,
            target_date=row.target_date,
            color=row.color,
            description=row.description,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
