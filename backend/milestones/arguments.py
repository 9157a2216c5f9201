"""Milestone arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

MilestoneId: TypeAlias = Annotated[Id, Doc("The milestone's id (from milestones_list).")]
MilestoneColor: TypeAlias = Annotated[str | None, Doc("A color such as #a855f7.")]
Description: TypeAlias = Annotated[str | None, Doc("Notes on the milestone.")]
