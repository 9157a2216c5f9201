"""Space arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_COLOR, MAX_DESCRIPTION, Bounds, Doc, Id

ProjectId: TypeAlias = Annotated[Id, Doc("The Space's id (from projects_list).")]
Description: TypeAlias = Annotated[
    str | None, Doc("What the Space is for."), Bounds(max_length=MAX_DESCRIPTION)
]
Color: TypeAlias = Annotated[
    str | None, Doc("A color such as #3b82f6."), Bounds(max_length=MAX_COLOR)
]
VISIBILITY = Doc(
    "OPEN: every member of the organization (not guests) sees it; PRIVATE: its members only."
)
BILLABLE = Doc("Whether time tracked on the Space is billable by default.")
