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


Limit: TypeAlias = Annotated[int, Doc(f"Page size, at most {MAX_LIMIT}.")]
Cursor: TypeAlias = Annotated[
    str | None, Doc("next_cursor of the previous page; omit for the first page.")
]

__all__ = ["DEFAULT_LIMIT", "Cursor", "Doc", "Id", "Limit"]
