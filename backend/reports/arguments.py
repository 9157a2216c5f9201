"""Report arguments that recur across the report tools."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, TypeAlias

from backend.core.arguments import MAX_IDS, Bounds, Doc, Id

# The longest range a report covers: two years and a day (a leap year and the day after).
MAX_DAYS = 732


class TimesheetGroup(StrEnum):
    DAY = "day"
    WEEK = "week"
    USER = "user"
    PROJECT = "project"
    TASK = "task"
    CLIENT = "client"


class RevenueGroup(StrEnum):
    MONTH = "month"
    CLIENT = "client"
    PROJECT = "project"


From: TypeAlias = Annotated[
    date,
    Doc(
        "First day of the report (included), in the organization's time zone. "
        f"At most {MAX_DAYS} days before `to`."
    ),
]
To: TypeAlias = Annotated[
    date, Doc("Last day of the report (included), in the organization's time zone.")
]
UserIds: TypeAlias = Annotated[
    list[Id] | None,
    Doc("Only these members' time (user ids from members_list); omit for everyone."),
    Bounds(max_items=MAX_IDS),
]
ProjectIds: TypeAlias = Annotated[
    list[Id] | None,
    Doc("Only these Spaces (ids from projects_list); omit for every Space you can read."),
    Bounds(max_items=MAX_IDS),
]
ClientId: TypeAlias = Annotated[
    Id | None, Doc("Only this client's Spaces (id from clients_list); omit for every client.")
]
