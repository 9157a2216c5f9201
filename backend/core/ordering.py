"""One position scheme for every ordered list: a row's position is its 0-based index in the list.

Dense indexes, not gaps: every reorder and move already rewrites the list it changes (under the
owner's lock), so gaps would buy nothing, and a dense position is exactly the index a client
sees and passes back (`tasks_move(position)`, `task_groups_create(position)`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Generic, Protocol, TypeVar

from tortoise.models import Model

K = TypeVar("K", bound=Hashable)


class Positioned(Protocol):
    position: int
    updated_at: datetime


R = TypeVar("R", bound=Positioned)


@dataclass(frozen=True)
class OrderCheck(Generic[K]):
    """How a requested order differs from the current list (all empty: a permutation of it)."""

    repeated: list[K]  # listed more than once, each once, in the order first repeated
    unknown: list[K]  # listed but not in the current list, in the order given
    missing: list[K]  # in the current list but not listed, in current order

    @property
    def exact(self) -> bool:
        return not (self.repeated or self.unknown or self.missing)


def check_order(current: Sequence[K], wanted: Sequence[K]) -> OrderCheck[K]:
    """Compare a requested order with the current ids in linear time (sets and one Counter)."""
    counts = Counter(wanted)
    present = set(current)
    listed = set(counts)
    return OrderCheck(
        repeated=[k for k, n in counts.items() if n > 1],
        unknown=[k for k in counts if k not in present],
        missing=[k for k in current if k not in listed],
    )


def next_position(last: int | None) -> int:
    """Where a row appended after the list's last position (None: an empty list) goes."""
    return 0 if last is None else last + 1


async def renumber(model: type[Model], rows: Sequence[R]) -> list[R]:
    """Give the rows positions 0..n-1 in list order and save those that changed in one query.

    Returns the changed rows, so the caller records an event for each.
    """
    now = datetime.now(UTC)
    changed = []
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index
            row.updated_at = now
            changed.append(row)
    if changed:
        # Batches keep each statement within SQLite's limit on bound parameters.
        await model.bulk_update(changed, fields=["position", "updated_at"], batch_size=500)  # type: ignore[arg-type]
    return changed
