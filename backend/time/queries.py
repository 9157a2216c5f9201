"""Timer and time entry reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.time import service
from backend.time.types import TimeEntry


@strawberry.type
class TimeQuery:
    time_current_timer = query(
        service.current_timer,
        TimeEntry | None,
        description="Your running timer, or null when none runs.",
    )
    time_entries_list = connection(
        service.list_entries,
        TimeEntry,
        description="Time entries, newest first: yours, or anyone's with manage_time.",
    )
    time_entries_get = query(service.get_entry, TimeEntry, description="One time entry.")
