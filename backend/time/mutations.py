"""Timer and time entry changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.time import service
from backend.time.types import RerateResult, TimeEntry


@strawberry.type
class TimeMutation:
    time_start_timer = mutation(
        service.start_timer,
        TimeEntry,
        description="Start your timer, optionally on a task or Space. Fails if one already runs.",
    )
    time_stop_timer = mutation(
        service.stop_timer, TimeEntry, description="Stop your running timer."
    )
    time_update_timer = mutation(
        service.update_timer,
        TimeEntry,
        description="Edit your running timer: its start, description, task or Space, billable.",
    )
    time_discard_timer = mutation(
        service.discard_timer,
        TimeEntry,
        description="Delete your running timer without recording its time.",
    )
    time_entries_rerate = mutation(
        service.rerate_entries,
        RerateResult,
        description="Re-resolve the rates of stopped time entries that no invoice bills, from "
        "today's rates (needs manage_time); says how many changed.",
    )
    time_entries_create = mutation(
        service.create_entry,
        TimeEntry,
        description="Record time after the fact: give ended_at or duration_minutes.",
    )
    time_entries_update = mutation(
        service.update_entry,
        TimeEntry,
        description="Change a time entry; clear_description empties the description.",
    )
    time_entries_delete = mutation(
        service.delete_entry, TimeEntry, description="Delete a time entry for good."
    )
