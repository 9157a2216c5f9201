"""GraphQL types of workflow statuses."""

from __future__ import annotations

import strawberry

from backend.core.rows import from_row
from backend.task_statuses import models
from backend.task_statuses.models import AutoAdvanceTrigger

strawberry.enum(
    AutoAdvanceTrigger,
    name="AutoAdvanceTrigger",
    description="What moves a task on from a status automatically.",
)


@strawberry.type(description="A workflow status a task can be in.")
class TaskStatus:
    id: strawberry.ID
    name: str
    color: str | None
    position: int
    is_terminal: bool = strawberry.field(description="Entering it completes the task.")
    progress: int = strawberry.field(description="Percent done a task in this status counts for.")
    project_id: strawberry.ID | None = strawberry.field(
        description="Set when the status belongs to a project's own workflow."
    )
    auto_advance_on: AutoAdvanceTrigger | None
    auto_advance_to_status_id: strawberry.ID | None

    @classmethod
    def from_model(cls, row: models.TaskStatus) -> TaskStatus:
        return from_row(cls, row, auto_advance_to_status_id=row.auto_advance_to_id)
