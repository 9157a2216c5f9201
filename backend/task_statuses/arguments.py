"""Workflow status arguments that recur across service signatures, in this and other domains."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_COLOR, Bounds, Doc, Id

StatusId: TypeAlias = Annotated[Id, Doc("The status's id (from task_statuses_list).")]
StatusColor: TypeAlias = Annotated[
    str | None, Doc("A color such as #3b82f6."), Bounds(max_length=MAX_COLOR)
]
