"""Users by id, batched per request."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from backend.users.models import User


def users_by_id() -> DataLoader[str, User | None]:
    async def load(ids: Sequence[str]) -> list[User | None]:
        rows = {str(u.id): u for u in await User.filter(id__in=list(ids))}
        return [rows.get(str(i)) for i in ids]

    return DataLoader(load_fn=load)
