"""GraphQL types of workflow statuses."""

from __future__ import annotations

import strawberry

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
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            color=row.color,
            position=row.position,
            is_terminal=row.is_terminal,
            progress=row.progress,
            project_id=None if row.project_id is None else strawberry.ID(str(row.project_id)),
            auto_advance_on=None
            if row.auto_advance_on is None
            else AutoAdvanceTrigger(row.auto_advance_on),
            auto_advance_to_status_id=(
                None
                if row.auto_advance_to_id is None
                else strawberry.ID(str(row.auto_advance_to_id))
            ),
        )
