"""Tasks, their assignees, labels and subtask counts, batched per request."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from strawberry.dataloader import DataLoader
from tortoise.functions import Count

from backend.tasks.models import Task, TaskAssignee, TaskLabel


def tasks_by_id() -> DataLoader[str, Task | None]:
    async def load(ids: Sequence[str]) -> list[Task | None]:
        rows = {str(t.id): t for t in await Task.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)


def assignee_ids_by_task() -> DataLoader[str, list[str]]:
    async def load(task_ids: Sequence[str]) -> list[list[str]]:
        grouped: dict[str, list[str]] = defaultdict(list)
        rows = await TaskAssignee.filter(task_id__in=list(task_ids)).order_by("created_at")
        for row in rows:
            grouped[str(row.task_id)].append(str(row.user_id))
        return [grouped[str(i)] for i in task_ids]

    return DataLoader(load_fn=load)


def label_ids_by_task() -> DataLoader[str, list[str]]:
    async def load(task_ids: Sequence[str]) -> list[list[str]]:
        grouped: dict[str, list[str]] = defaultdict(list)
        rows = await TaskLabel.filter(task_id__in=list(task_ids)).order_by("created_at")
        for row in rows:
            grouped[str(row.task_id)].append(str(row.label_id))
        return [grouped[str(i)] for i in task_ids]

    return DataLoader(load_fn=load)


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
