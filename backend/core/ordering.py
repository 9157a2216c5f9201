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
from typing import Any, Generic, Protocol, TypeVar
from uuid import UUID

from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.core.errors import Invalid
from backend.core.lookups import refuse_unknown

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


class Named(Positioned, Protocol):
    id: UUID
    name: str


N = TypeVar("N", bound=Named)


async def in_requested_order(
    current: Sequence[N],
    wanted: Sequence[UUID],
    *,
    scope: QuerySet[Any],
    entity: str,
    plural: str,
    field: str,
    whole: str,
    elsewhere: str,
    hint: str,
) -> list[N]:
    """The current rows in the requested order, which must name each of them exactly once.

    Refused, in this order: a repeated id; an id of no row in `scope` (not found); rows of
    another list (`elsewhere`, with a `hint` where to find this one's); rows left out of `whole`.
    """
    by_id = {row.id: row for row in current}
    check = check_order(list(by_id), wanted)
    if check.repeated:
        repeated = ", ".join(sorted(map(str, check.repeated)))
        raise Invalid(
            f"{field} lists {repeated} more than once.", field=field, reason="REPEATED_ID"
        )
    if check.unknown:
        await refuse_unknown(scope, check.unknown, entity=entity, field=field)
        raise Invalid(
            f"{field} includes {plural} of {elsewhere}: {', '.join(map(str, check.unknown))}. "
            + hint,
            field=field,
            reason="NOT_IN_LIST",
        )
    if check.missing:
        names = ", ".join(f"'{by_id[i].name}' ({i})" for i in check.missing)
        raise Invalid(
            f"{field} must list every {entity} of {whole} exactly once; missing: {names}.",
            field=field,
            reason="INCOMPLETE_ORDER",
        )
    return [by_id[i] for i in wanted]
