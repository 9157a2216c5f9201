"""Recurring task rule reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.core.principal import Principal
from backend.task_recurrences import models, service
from backend.task_recurrences.arguments import RecurrenceId
from backend.task_recurrences.types import TaskRecurrence, TaskRecurrenceOccurrence


async def get_recurrence(
    principal: Principal, *, recurrence_id: RecurrenceId
) -> models.TaskRecurrence:
    # The shared lookup takes the id positionally, with an error-field keyword that is no argument.
    return await service.get_recurrence(principal, recurrence_id)


@strawberry.type
class TaskRecurrencesQuery:
    task_recurrences_list = connection(
        service.list_recurrences,
        TaskRecurrence,
        description="Recurring task rules in Spaces you can see, oldest first.",
    )
    task_recurrences_get = query(
        get_recurrence, TaskRecurrence, description="One recurring task rule."
    )
    task_recurrences_occurrences_list = connection(
        service.list_occurrences,
        TaskRecurrenceOccurrence,
        description="The tasks a recurring rule created, latest due date first.",
    )
