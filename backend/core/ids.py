"""Parse ids arriving from clients; a malformed id names nothing, so it is "not found"."""

from __future__ import annotations

from uuid import UUID

from backend.core.errors import NotFound


def parse_id(value: object, *, entity: str, field: str) -> UUID:
    try:
        return value if isinstance(value, UUID) else UUID(str(value))
    except ValueError:
        raise NotFound.entity(entity, value, field=field) from None
