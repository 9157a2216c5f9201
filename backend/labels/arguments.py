"""Label arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_COLOR, Bounds, Doc, Id

LabelId: TypeAlias = Annotated[Id, Doc("The label's id (from labels_list).")]
LabelColor: TypeAlias = Annotated[
    str | None, Doc("A color such as #ef4444."), Bounds(max_length=MAX_COLOR)
]
