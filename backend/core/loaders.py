"""Per-request DataLoaders, created lazily by the domain that owns each relation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

T = TypeVar("T", bound=DataLoader[Any, Any])
M = TypeVar("M", bound=Model)


class Loaders:
    """One instance per request (per operation on WebSockets): loaders never outlive it."""

    def __init__(self) -> None:
        self._loaders: dict[Callable[[], DataLoader[Any, Any]], DataLoader[Any, Any]] = {}

    def get(self, factory: Callable[[], T]) -> T:
        loader = self._loaders.get(factory)
        if loader is None:
            loader = self._loaders[factory] = factory()
        return loader  # type: ignore[return-value]


def by_id(model: type[M]) -> Callable[[], DataLoader[str, M | None]]:
    """A loader factory for rows of `model` by id, one query per batch; a missing id loads None.

    Assign the result once at module level: `Loaders.get` keys loaders by the factory object.
    """

    def factory() -> DataLoader[str, M | None]:
        async def load(ids: Sequence[str]) -> list[M | None]:
            rows = {str(row.pk): row for row in await model.filter(id__in=list(ids))}
            return [rows.get(str(i)) for i in ids]

        return DataLoader(load_fn=load)

    factory.__name__ = f"{model.__name__.lower()}s_by_id"
    return factory


def ids_by(
    model: type[Model], *, key: str, value: str, order_by: Sequence[str] = ("created_at",)
) -> Callable[[], DataLoader[str, list[str]]]:
    """A loader factory for the `value` ids of `model` rows grouped by their `key` id, in order.

    For link tables: `ids_by(TaskLabel, key="task_id", value="label_id")` loads a task's label ids.
    """

    def factory() -> DataLoader[str, list[str]]:
        async def load(keys: Sequence[str]) -> list[list[str]]:
            grouped: dict[str, list[str]] = defaultdict(list)
            rows = (
                await model.filter(**{f"{key}__in": list(keys)})
                .order_by(*order_by)
                .values_list(key, value)
            )
            for owner, item in rows:
                grouped[str(owner)].append(str(item))
            return [grouped[str(k)] for k in keys]

        return DataLoader(load_fn=load)

    return factory
