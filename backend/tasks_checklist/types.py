"""GraphQL types of task checklists."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.rows import FromRow
from backend.tasks.models import Task
from backend.tasks_checklist import models


@strawberry.type(description="One item of a task's checklist.")
class TaskChecklistItem(FromRow):
    id: strawberry.ID
    task_id: strawberry.ID
    text: str
    done: bool
    done_at: datetime | None
    position: int = strawberry.field(description="0 for the first item, in checklist order.")
    created_at: datetime


@strawberry.type(description="A task's whole checklist, in order.")
class TaskChecklist:
    task_id: strawberry.ID
    items: list[TaskChecklistItem]
    done_count: int
    total_count: int

    @classmethod
    def from_model(cls, found: tuple[Task, list[models.TaskChecklistItem]]) -> TaskChecklist:
        task, rows = found
        return cls(
            task_id=strawberry.ID(str(task.id)),
            items=[TaskChecklistItem.from_model(r) for r in rows],
            done_count=sum(1 for r in rows if r.done),
            total_count=len(rows),
        )
