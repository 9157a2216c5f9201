"""GraphQL type of milestones."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.core.rows import FromRow


@strawberry.type(description="A dated marker on a Space's Gantt chart.")
class Milestone(FromRow):
    id: strawberry.ID
    project_id: strawberry.ID
    title: str
    target_date: date
    color: str | None
    description: str | None
    created_at: datetime
    updated_at: datetime
