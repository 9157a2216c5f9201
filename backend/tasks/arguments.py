"""Task arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from datetime import date
from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_DESCRIPTION, Bounds, Doc, Id

TaskId: TypeAlias = Annotated[Id, Doc("The task's id or key, e.g. WEB-42.")]
Description: TypeAlias = Annotated[
    str | None, Doc("The task's description."), Bounds(max_length=MAX_DESCRIPTION)
]
StartDate: TypeAlias = Annotated[date | None, Doc("First day of work.")]
DueDate: TypeAlias = Annotated[date | None, Doc("Day the task is due.")]
Estimate: TypeAlias = Annotated[int | None, Doc("Estimated effort in minutes, 0 to 100000.")]
PRIORITY = Doc("How urgent a task is.")
