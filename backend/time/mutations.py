"""Timer and time entry changes."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.time import service
from backend.time.types import TimeEntry


@strawberry.type
class TimeMutation:
    @strawberry.mutation(
        description="Start your timer, optionally on a task or Space. Fails if one already runs."
    )
    async def time_start_timer(
        self,
        info: AppInfo,
        task_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        description: str | None = None,
        billable: bool = False,
    ) -> Payload[TimeEntry]:
        call = service.start_timer(
            principal(info),
            task_id=task_id,
            project_id=project_id,
            description=description,
            billable=billable,
        )
        return await as_payload(call, TimeEntry.from_model)

    @strawberry.mutation(description="Stop your running timer.")
    async def time_stop_timer(self, info: AppInfo) -> Payload[TimeEntry]:
        return await as_payload(service.stop_timer(principal(info)), TimeEntry.from_model)

    @strawberry.mutation(
        description="Record time after the fact: give ended_at or duration_minutes."
    )
    async def time_entries_create(
        self,
        info: AppInfo,
        started_at: datetime,
        ended_at: datetime | None = None,
        duration_minutes: int | None = None,
        task_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        description: str | None = None,
        billable: bool = False,
    ) -> Payload[TimeEntry]:
        call = service.create_entry(
            principal(info),
            started_at=started_at,
            ended_at=ended_at,
            duration_minutes=duration_minutes,
            task_id=task_id,
            project_id=project_id,
            description=description,
            billable=billable,
        )
        return await as_payload(call, TimeEntry.from_model)

    @strawberry.mutation(
        description="Change a time entry; clear_description empties the description."
    )
    async def time_entries_update(
        self,
        info: AppInfo,
        entry_id: strawberry.ID,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        task_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        description: str | None = None,
        clear_description: bool = False,
        billable: bool | None = None,
    ) -> Payload[TimeEntry]:
        call = service.update_entry(
            principal(info),
            entry_id=entry_id,
            started_at=started_at,
            ended_at=ended_at,
            task_id=task_id,
            project_id=project_id,
            description=description,
            clear_description=clear_description,
            billable=billable,
        )
        return await as_payload(call, TimeEntry.from_model)

    @strawberry.mutation(description="Delete a time entry for good.")
    async def time_entries_delete(
        self, info: AppInfo, entry_id: strawberry.ID
    ) -> Payload[TimeEntry]:
        return await as_payload(
            service.delete_entry(principal(info), entry_id=entry_id), TimeEntry.from_model
        )
