"""Milestone arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_COLOR, MAX_DESCRIPTION, Bounds, Doc, Id

MilestoneId: TypeAlias = Annotated[Id, Doc("The milestone's id (from milestones_list).")]
MilestoneColor: TypeAlias = Annotated[
    str | None, Doc("A color such as #a855f7."), Bounds(max_length=MAX_COLOR)
]
Description: TypeAlias = Annotated[
    str | None, Doc("Notes on the milestone."), Bounds(max_length=MAX_DESCRIPTION)
]
