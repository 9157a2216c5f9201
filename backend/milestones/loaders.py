"""Milestone rows by id, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.milestones.models import Milestone


def milestones_by_id() -> DataLoader[str, Milestone | None]:
    async def load(ids: Sequence[str]) -> list[Milestone | None]:
        rows = {str(row.id): row for row in await Milestone.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)
