"""Per-request DataLoaders, created lazily by the domain that owns each relation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

T = TypeVar("T", bound=DataLoader[Any, Any])


class Loaders:
    """One instance per request (per operation on WebSockets): loaders never outlive it."""

    def __init__(self) -> None:
        self._loaders: dict[Callable[[], DataLoader[Any, Any]], DataLoader[Any, Any]] = {}

    def get(self, factory: Callable[[], T]) -> T:
        loader = self._loaders.get(factory)
        if loader is None:
            loader = self._loaders[factory] = factory()
        return loader  # type: ignore[return-value]
