"""Argument declarations for service signatures: a description beside each parameter, no GraphQL.

The root-field factory (backend.core.fields) reads these; a parameter documented here is
documented in schema.graphql and, through it, in every MCP tool that passes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, TypeAlias

from backend.core.ids import Id
from backend.core.pagination import DEFAULT_LIMIT, MAX_LIMIT


@dataclass(frozen=True)
class Doc:
    """What an argument means, for clients and assistants: `Annotated[str, Doc("...")]`."""

    text: str


@dataclass(frozen=True)
class Bounds:
    """The most an argument may carry: `Annotated[str, Doc("..."), Bounds(max_length=200)]`.

    The root-field factory refuses a longer value with INVALID before the service runs, appends
    the limit to the description, and the MCP adapter declares it as maxLength / maxItems.
    """

    max_length: int | None = None  # characters of a string
    max_items: int | None = None  # entries of a list

    def describe(self) -> str:
        parts = [f"At most {n} {unit}." for n, unit in self._limits()]
        return " ".join(parts)

    def problem(self, name: str, value: object) -> str | None:
        """Why `value` is out of bounds, or None when it is within them."""
        if self.max_length is not None and isinstance(value, str) and len(value) > self.max_length:
            return f"{name} is at most {self.max_length} characters; got {len(value)}."
        if (
            self.max_items is not None
            and isinstance(value, list | tuple)
            and len(value) > self.max_items
        ):
            return f"{name} is at most {self.max_items} items; got {len(value)}."
        return None

    def _limits(self) -> list[tuple[int, str]]:
        limits = [(self.max_length, "characters"), (self.max_items, "items")]
        return [(n, unit) for n, unit in limits if n is not None]


# Free text that recurs across domains; each domain's own names and titles bound themselves.
MAX_DESCRIPTION = 100_000
MAX_CURSOR = 500
MAX_COLOR = 7  # #rrggbb
# Every id list: reorders list a whole column or workflow, so this is also their largest size.
MAX_IDS = 1_000

Limit: TypeAlias = Annotated[int, Doc(f"Page size, at most {MAX_LIMIT}.")]
Cursor: TypeAlias = Annotated[
    str | None,
    Doc("next_cursor of the previous page; omit for the first page."),
    Bounds(max_length=MAX_CURSOR),
]

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_COLOR",
    "MAX_DESCRIPTION",
    "MAX_IDS",
    "Bounds",
    "Cursor",
    "Doc",
    "Id",
    "Limit",
]
