"""Space arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

ProjectId: TypeAlias = Annotated[Id, Doc("The Space's id (from projects_list).")]
