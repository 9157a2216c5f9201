"""Ids in service signatures, and parsing ids arriving from clients.

`Id` marks a parameter as an object's id (a UUID or, for tasks, a key such as WEB-42): GraphQL
shows it as ID. It stays a `str` for the type checker, so callers pass plain strings. A malformed
id names nothing, so it is "not found". An empty one is a client's slip, not a name: it is refused
as INVALID everywhere, optional or not, rather than read as "omitted" by some tools and "not found"
by others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, TypeAlias
from uuid import UUID

from backend.core.errors import Invalid, NotFound


@dataclass(frozen=True)
class IsId:
    """The marker in `Id`: this string names an object."""


Id: TypeAlias = Annotated[str, IsId()]


def refuse_empty(value: object, *, field: str) -> None:
    """INVALID for an empty (or blank) id: the one rule for `""` in every id argument."""
    if isinstance(value, str) and not value.strip():
        raise Invalid(f"{field} is empty: omit it or give an id.", field=field, reason="EMPTY_ID")


def parse_id(value: object, *, entity: str, field: str) -> UUID:
    refuse_empty(value, field=field)
    try:
        return value if isinstance(value, UUID) else UUID(str(value))
    except ValueError:
        raise NotFound.entity(entity, value, field=field) from None
