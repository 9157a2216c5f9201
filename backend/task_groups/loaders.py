"""TaskGroup rows by id, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.task_groups.models import TaskGroup


def groups_by_id() -> DataLoader[str, TaskGroup | None]:
    async def load(ids: Sequence[str]) -> list[TaskGroup | None]:
        rows = {str(row.id): row for row in await TaskGroup.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)
