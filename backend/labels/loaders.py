"""Label rows by id, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.labels.models import Label


def labels_by_id() -> DataLoader[str, Label | None]:
    async def load(ids: Sequence[str]) -> list[Label | None]:
        rows = {str(row.id): row for row in await Label.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)
