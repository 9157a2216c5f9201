"""Task arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

TaskId: TypeAlias = Annotated[Id, Doc("The task's id or key, e.g. WEB-42.")]
