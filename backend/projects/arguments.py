"""Space arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

ProjectId: TypeAlias = Annotated[Id, Doc("The Space's id (from projects_list).")]
Description: TypeAlias = Annotated[str | None, Doc("What the Space is for.")]
Color: TypeAlias = Annotated[str | None, Doc("A color such as #3b82f6.")]
VISIBILITY = Doc(
    "OPEN: every member of the organization (not guests) sees it; PRIVATE: its members only."
)
BILLABLE = Doc("Whether time tracked on the Space is billable by default.")
