"""User arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

UserId: TypeAlias = Annotated[Id, Doc("The user's id (from members_list).")]
