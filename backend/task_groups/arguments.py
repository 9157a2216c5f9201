"""Task group arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

GroupId: TypeAlias = Annotated[Id, Doc("The group's id (from task_groups_list).")]
