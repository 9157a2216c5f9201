"""Projects by id, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.projects.models import Project


def projects_by_id() -> DataLoader[str, Project | None]:
    async def load(ids: Sequence[str]) -> list[Project | None]:
        rows = {str(p.id): p for p in await Project.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)
