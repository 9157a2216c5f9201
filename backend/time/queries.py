"""Timer and time entry reads."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.time import service
from backend.time.types import TimeEntry


@strawberry.type
class TimeQuery:
    @strawberry.field(description="Your running timer, or null when none runs.")
    async def time_current_timer(self, info: AppInfo) -> TimeEntry | None:
        entry = await service.current_timer(principal(info))
        return None if entry is None else TimeEntry.from_model(entry)

    @strawberry.field(
        description="Time entries, newest first: yours, or anyone's with manage_time."
    )
    async def time_entries_list(
        self,
        info: AppInfo,
        user_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        task_id: strawberry.ID | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None,
        billable: bool | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[TimeEntry]:
        page = await service.list_entries(
            principal(info),
            user_id=user_id,
            project_id=project_id,
            task_id=task_id,
            from_=from_,
            to=to,
            billable=billable,
            limit=limit,
            cursor=cursor,
        )
        return as_connection(page, TimeEntry.from_model)

    @strawberry.field(description="One time entry.")
    async def time_entries_get(self, info: AppInfo, entry_id: strawberry.ID) -> TimeEntry:
        return TimeEntry.from_model(await service.get_entry(principal(info), entry_id=entry_id))
