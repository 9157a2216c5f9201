"""GraphQL types of task checklists."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.tasks_checklist import models


@strawberry.type(description="One item of a task's checklist.")
class TaskChecklistItem:
    id: strawberry.ID
    task_id: strawberry.ID
    text: str
    done: bool
    done_at: datetime | None
    position: int = strawberry.field(description="0 for the first item, in checklist order.")
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.TaskChecklistItem) -> TaskChecklistItem:
        return cls(
            id=strawberry.ID(str(row.id)),
            task_id=strawberry.ID(str(row.task_id)),
            text=row.text,
            done=row.done,
            done_at=row.done_at,
            position=row.position,
            created_at=row.created_at,
        )


@strawberry.type(description="A task's whole checklist, in order.")
class TaskChecklist:
    task_id: strawberry.ID
    items: list[TaskChecklistItem]
    done_count: int
    total_count: int

    @classmethod
    def from_models(cls, task_id: object, rows: list[models.TaskChecklistItem]) -> TaskChecklist:
        return cls(
            task_id=strawberry.ID(str(task_id)),
            items=[TaskChecklistItem.from_model(r) for r in rows],
            done_count=sum(1 for r in rows if r.done),
            total_count=len(rows),
        )
