"""Recurring task rule changes."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.task_recurrences import service
from backend.task_recurrences.models import RecurrenceMode as RecurrenceModeValue
from backend.task_recurrences.types import RecurrenceMode, RecurrenceRuleInput, TaskRecurrence


@strawberry.type
class TaskRecurrencesMutation:
    @strawberry.mutation(
        description="Make a task recur: from a template task, or a Space and a title."
    )
    async def task_recurrences_create(
        self,
        info: AppInfo,
        rule: RecurrenceRuleInput,
        starts_on: date,
        template_task_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        title: str | None = None,
        description: str | None = None,
        ends_on: date | None = None,
        count: int | None = None,
        mode: RecurrenceMode = RecurrenceModeValue.SCHEDULE,
        timezone: str = "UTC",
    ) -> Payload[TaskRecurrence]:
        call = service.create_recurrence(
            principal(info),
            rule=rule.to_rule(),
            starts_on=starts_on,
            template_task_id=template_task_id,
            project_id=project_id,
            title=title,
            description=description,
            ends_on=ends_on,
            count=count,
            mode=mode,
            timezone=timezone,
        )
        return await as_payload(call, TaskRecurrence.from_model)

    @strawberry.mutation(
        description="Change a recurring rule; clear_* arguments empty a field, paused stops it."
    )
    async def task_recurrences_update(
        self,
        info: AppInfo,
        recurrence_id: strawberry.ID,
        title: str | None = None,
        description: str | None = None,
        clear_description: bool = False,
        rule: RecurrenceRuleInput | None = None,
        mode: RecurrenceMode | None = None,
        starts_on: date | None = None,
        ends_on: date | None = None,
        clear_ends_on: bool = False,
        count: int | None = None,
        clear_count: bool = False,
        timezone: str | None = None,
        paused: bool | None = None,
    ) -> Payload[TaskRecurrence]:
        call = service.update_recurrence(
            principal(info),
            recurrence_id=recurrence_id,
            title=title,
            description=description,
            clear_description=clear_description,
            rule=None if rule is None else rule.to_rule(),
            mode=mode,
            starts_on=starts_on,
            ends_on=ends_on,
            clear_ends_on=clear_ends_on,
            count=count,
            clear_count=clear_count,
            timezone=timezone,
            paused=paused,
        )
        return await as_payload(call, TaskRecurrence.from_model)

    @strawberry.mutation(description="Delete a recurring rule; the tasks it already created stay.")
    async def task_recurrences_delete(
        self, info: AppInfo, recurrence_id: strawberry.ID
    ) -> Payload[TaskRecurrence]:
        call = service.delete_recurrence(principal(info), recurrence_id=recurrence_id)
        return await as_payload(call, TaskRecurrence.from_model)
