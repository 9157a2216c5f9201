"""Task changes."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.tasks import service
from backend.tasks.models import Priority as PriorityValue
from backend.tasks.types import Priority, Task


@strawberry.type
class TasksMutation:
    @strawberry.mutation(
        description="Create a task in a Space; give parent_task_id to make it a subtask."
    )
    async def tasks_create(
        self,
        info: AppInfo,
        project_id: strawberry.ID,
        title: str,
        description: str | None = None,
        status_id: strawberry.ID | None = None,
        group_id: strawberry.ID | None = None,
        assignee_ids: list[strawberry.ID] | None = None,
        label_ids: list[strawberry.ID] | None = None,
        priority: Priority = PriorityValue.NONE,
        start_date: date | None = None,
        due_date: date | None = None,
        estimate_minutes: int | None = None,
        parent_task_id: strawberry.ID | None = None,
        milestone_id: strawberry.ID | None = None,
    ) -> Payload[Task]:
        call = service.create_task(
            principal(info),
            project_id=project_id,
            title=title,
            description=description,
            status_id=status_id,
            group_id=group_id,
            assignee_ids=list(assignee_ids or []),
            label_ids=list(label_ids or []),
            priority=priority,
            start_date=start_date,
            due_date=due_date,
            estimate_minutes=estimate_minutes,
            parent_task_id=parent_task_id,
            milestone_id=milestone_id,
        )
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(description="Change a task's fields; clear_* arguments empty a field.")
    async def tasks_update(
        self,
        info: AppInfo,
        task_id: strawberry.ID,
        title: str | None = None,
        description: str | None = None,
        clear_description: bool = False,
        priority: Priority | None = None,
        start_date: date | None = None,
        due_date: date | None = None,
        clear_start_date: bool = False,
        clear_due_date: bool = False,
        estimate_minutes: int | None = None,
        clear_estimate: bool = False,
        milestone_id: strawberry.ID | None = None,
        clear_milestone: bool = False,
        parent_task_id: strawberry.ID | None = None,
        clear_parent: bool = False,
    ) -> Payload[Task]:
        call = service.update_task(
            principal(info),
            task_id=task_id,
            title=title,
            description=description,
            clear_description=clear_description,
            priority=priority,
            start_date=start_date,
            due_date=due_date,
            clear_start_date=clear_start_date,
            clear_due_date=clear_due_date,
            estimate_minutes=estimate_minutes,
            clear_estimate=clear_estimate,
            milestone_id=milestone_id,
            clear_milestone=clear_milestone,
            parent_task_id=parent_task_id,
            clear_parent=clear_parent,
        )
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(description="Delete a task for good.")
    async def tasks_delete(self, info: AppInfo, task_id: strawberry.ID) -> Payload[Task]:
        return await as_payload(
            service.delete_task(principal(info), task_id=task_id), Task.from_model
        )

    @strawberry.mutation(description="Add an assignee to a task.")
    async def tasks_assign(
        self, info: AppInfo, task_id: strawberry.ID, user_id: strawberry.ID
    ) -> Payload[Task]:
        call = service.assign(principal(info), task_id=task_id, user_id=user_id)
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(description="Remove an assignee from a task.")
    async def tasks_unassign(
        self, info: AppInfo, task_id: strawberry.ID, user_id: strawberry.ID
    ) -> Payload[Task]:
        call = service.unassign(principal(info), task_id=task_id, user_id=user_id)
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(
        description="Move a task to a workflow status; a terminal status completes it."
    )
    async def tasks_set_status(
        self, info: AppInfo, task_id: strawberry.ID, status_id: strawberry.ID
    ) -> Payload[Task]:
        call = service.set_status(principal(info), task_id=task_id, status_id=status_id)
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(description="Put a label on a task; adding one it already has is a no-op.")
    async def tasks_labels_add(
        self, info: AppInfo, task_id: strawberry.ID, label_id: strawberry.ID
    ) -> Payload[Task]:
        call = service.add_label(principal(info), task_id=task_id, label_id=label_id)
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(description="Take a label off a task.")
    async def tasks_labels_remove(
        self, info: AppInfo, task_id: strawberry.ID, label_id: strawberry.ID
    ) -> Payload[Task]:
        call = service.remove_label(principal(info), task_id=task_id, label_id=label_id)
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(
        description="Move a task to a position (zero-based; end if omitted) in a column: "
        "group_id's, the Space's ungrouped tasks with clear_group, else the column it is in."
    )
    async def tasks_move(
        self,
        info: AppInfo,
        task_id: strawberry.ID,
        group_id: strawberry.ID | None = None,
        clear_group: bool = False,
        position: int | None = None,
    ) -> Payload[Task]:
        call = service.move_task(
            principal(info),
            task_id=task_id,
            group_id=group_id,
            clear_group=clear_group,
            position=position,
        )
        return await as_payload(call, Task.from_model)

    @strawberry.mutation(
        description="Set the order of a whole column: task_ids lists exactly its tasks, first "
        "to last. Without group_id, the column is the Space's ungrouped tasks."
    )
    async def tasks_reorder(
        self,
        info: AppInfo,
        task_ids: list[strawberry.ID],
        group_id: strawberry.ID | None = None,
    ) -> Payload[list[Task]]:
        call = service.reorder_tasks(principal(info), group_id=group_id, task_ids=list(task_ids))
        return await as_payload(call, lambda rows: [Task.from_model(row) for row in rows])
