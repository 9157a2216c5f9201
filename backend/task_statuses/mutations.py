"""Workflow status changes."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.task_statuses import service
from backend.task_statuses.models import AutoAdvanceTrigger
from backend.task_statuses.models import TaskStatus as TaskStatusRow
from backend.task_statuses.types import TaskStatus


def _statuses(rows: list[TaskStatusRow]) -> list[TaskStatus]:
    return [TaskStatus.from_model(row) for row in rows]


@strawberry.type
class TaskStatusesMutation:
    @strawberry.mutation(
        description=(
            "Add a status at the end of the organization's workflow, or of a project's own workflow. "
            "A project's first status starts its own workflow, which from then on is exactly its "
            "own statuses; its tasks keep their current status until moved."
        )
    )
    async def task_statuses_create(
        self,
        info: AppInfo,
        name: str,
        color: str | None = None,
        is_terminal: bool = False,
        progress: int | None = None,
        auto_advance_to_status_id: strawberry.ID | None = None,
        auto_advance_on: AutoAdvanceTrigger | None = None,
        project_id: strawberry.ID | None = None,
    ) -> Payload[TaskStatus]:
        call = service.create_status(
            principal(info),
            name=name,
            color=color,
            is_terminal=is_terminal,
            progress=progress,
            auto_advance_to_status_id=auto_advance_to_status_id,
            auto_advance_on=auto_advance_on,
            project_id=project_id,
        )
        return await as_payload(call, TaskStatus.from_model)

    @strawberry.mutation(
        description="Change a status; clear_auto_advance removes its auto-advance transition."
    )
    async def task_statuses_update(
        self,
        info: AppInfo,
        status_id: strawberry.ID,
        name: str | None = None,
        color: str | None = None,
        is_terminal: bool | None = None,
        progress: int | None = None,
        auto_advance_to_status_id: strawberry.ID | None = None,
        auto_advance_on: AutoAdvanceTrigger | None = None,
        clear_auto_advance: bool = False,
    ) -> Payload[TaskStatus]:
        call = service.update_status(
            principal(info),
            status_id=status_id,
            name=name,
            color=color,
            is_terminal=is_terminal,
            progress=progress,
            auto_advance_to_status_id=auto_advance_to_status_id,
            auto_advance_on=auto_advance_on,
            clear_auto_advance=clear_auto_advance,
        )
        return await as_payload(call, TaskStatus.from_model)

    @strawberry.mutation(
        description="Put a workflow's statuses in this order; list each of its statuses exactly once."
    )
    async def task_statuses_reorder(
        self,
        info: AppInfo,
        status_ids: list[strawberry.ID],
        project_id: strawberry.ID | None = None,
    ) -> Payload[list[TaskStatus]]:
        call = service.reorder_statuses(
            principal(info), status_ids=list(status_ids), project_id=project_id
        )
        return await as_payload(call, _statuses)

    @strawberry.mutation(
        description="Delete a status, moving its tasks to a replacement status of the same workflow."
    )
    async def task_statuses_delete(
        self, info: AppInfo, status_id: strawberry.ID, replacement_status_id: strawberry.ID
    ) -> Payload[TaskStatus]:
        call = service.delete_status(
            principal(info), status_id=status_id, replacement_status_id=replacement_status_id
        )
        return await as_payload(call, TaskStatus.from_model)
