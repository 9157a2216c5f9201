"""Statuses by id, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.task_statuses.models import TaskStatus


def statuses_by_id() -> DataLoader[str, TaskStatus | None]:
    async def load(ids: Sequence[str]) -> list[TaskStatus | None]:
        rows = {str(s.id): s for s in await TaskStatus.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)
