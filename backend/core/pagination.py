"""Keyset pagination with an opaque cursor: stable under inserts; the total counted only on demand.

A page costs one indexed range read of `limit + 1` rows whatever the size of the list. The exact
total is a COUNT(*) over every matching row (O(n)), so a page carries it as a deferred query that
runs only when asked (`await page.total_count()`; GraphQL's `totalCount` field is that call).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.core.errors import Invalid

M = TypeVar("M", bound=Model)
T_co = TypeVar("T_co", covariant=True)

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class Paged(Protocol[T_co]):
    """What a connection is built from: a page of items, its next cursor, its total on demand."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next_cursor(self) -> str | None: ...

    async def total_count(self) -> int: ...


@dataclass(frozen=True)
class Page(Generic[M]):
    items: list[M]
    next_cursor: str | None
    count: Callable[[], Awaitable[int]]  # the exact COUNT(*) of the whole list, not yet run

    async def total_count(self) -> int:
        """Every matching row, counted now: O(n) in the list's size, unlike the page."""
        return await self.count()


def _encode(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def _decode(cursor: str, width: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, TypeError) as error:
        raise Invalid(
            "The cursor is not valid. Pass next_cursor from the previous page unchanged.",
            field="cursor",
        ) from error
    if not isinstance(values, list) or len(values) != width:
        raise Invalid(
            "The cursor is not valid. Pass next_cursor from the previous page unchanged.",
            field="cursor",
        )
    return values


async def paginate(
    queryset: QuerySet[M],
    *,
    limit: int,
    cursor: str | None,
    order_by: str,
    descending: bool = False,
) -> Page[M]:
    """Rows ordered by (order_by, id); the cursor holds the last row's pair."""
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid(f"limit must be between 1 and {MAX_LIMIT}; got {limit}.", field="limit")
    page_query = queryset
    if cursor:
        value, last_id = _decode(cursor, 2)
        field = queryset.model._meta.fields_map[order_by]
        value = field.to_python_value(value)
        op = "lt" if descending else "gt"
        page_query = page_query.filter(
            Q(**{f"{order_by}__{op}": value}) | Q(**{order_by: value, f"id__{op}": last_id})
        )
    prefix = "-" if descending else ""
    rows = await page_query.order_by(f"{prefix}{order_by}", f"{prefix}id").limit(limit + 1)
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = _encode([getattr(last, order_by), str(last.pk)])
    return Page(items=list(rows), next_cursor=next_cursor, count=queryset.count)
