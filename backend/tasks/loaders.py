"""Tasks, their assignees, labels and subtask counts, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader
from tortoise.functions import Count

from backend.core.loaders import by_id, ids_by
from backend.tasks.models import Task, TaskAssignee, TaskLabel

tasks_by_id = by_id(Task)
assignee_ids_by_task = ids_by(TaskAssignee, key="task_id", value="user_id")
label_ids_by_task = ids_by(TaskLabel, key="task_id", value="label_id")


def subtask_count_by_task() -> DataLoader[str, int]:
    async def load(task_ids: Sequence[str]) -> list[int]:
        rows = (
            await Task.filter(parent_task_id__in=list(task_ids))
            .annotate(count=Count("id"))
            .group_by("parent_task_id")
            .values_list("parent_task_id", "count")
        )
        counts = {str(parent): int(count) for parent, count in rows}
        return [counts.get(str(i), 0) for i in task_ids]

    return DataLoader(load_fn=load)
