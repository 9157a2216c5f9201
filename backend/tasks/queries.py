"""Task reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.core.principal import Principal
from backend.tasks import models, service
from backend.tasks.arguments import TaskId
from backend.tasks.types import Task


async def get_task(principal: Principal, *, task_id: TaskId) -> models.Task:
    # The shared lookup takes the id or key positionally, with an error-field keyword.
    return await service.get_task(principal, task_id)


@strawberry.type
class TasksQuery:
    tasks_list = connection(
        service.list_tasks,
        Task,
        description="Tasks in Spaces you can see, in board order, filtered as asked.",
    )
    tasks_get = query(get_task, Task, description="One task, by id or human key such as WEB-42.")
