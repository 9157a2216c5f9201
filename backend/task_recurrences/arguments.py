"""Recurring rule arguments that recur across service signatures."""

from __future__ import annotations

from datetime import date
from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

RecurrenceId: TypeAlias = Annotated[Id, Doc("The rule's id (from task_recurrences_list).")]
StartsOn: TypeAlias = Annotated[date, Doc("The first possible date.")]
Count: TypeAlias = Annotated[int | None, Doc("End after this many occurrences (not with ends_on).")]
MODE = Doc(
    "SCHEDULE: a task on each date, due that day. AFTER_COMPLETION: the next task is due "
    "interval units of frequency after the previous one is completed."
)
