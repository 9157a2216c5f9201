"""Ids in service signatures, and parsing ids arriving from clients.

`Id` marks a parameter as an object's id (a UUID or, for tasks, a key such as WEB-42): GraphQL
shows it as ID. It stays a `str` for the type checker, so callers pass plain strings. A malformed
id names nothing, so it is "not found".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, TypeAlias
from uuid import UUID

from backend.core.errors import NotFound


@dataclass(frozen=True)
class IsId:
    """The marker in `Id`: this string names an object."""


Id: TypeAlias = Annotated[str, IsId()]


def parse_id(value: object, *, entity: str, field: str) -> UUID:
    try:
        return value if isinstance(value, UUID) else UUID(str(value))
    except ValueError:
        raise NotFound.entity(entity, value, field=field) from None
