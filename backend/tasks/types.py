"""GraphQL types of tasks and workflow statuses."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow
from backend.labels.loaders import labels_by_id
from backend.labels.types import Label
from backend.milestones.loaders import milestones_by_id
from backend.milestones.types import Milestone
from backend.projects.loaders import projects_by_id
from backend.projects.models import Project as ProjectRow
from backend.projects.types import Project
from backend.task_groups.loaders import groups_by_id
from backend.task_groups.types import TaskGroup
from backend.task_statuses.loaders import statuses_by_id
from backend.task_statuses.types import TaskStatus
from backend.tasks.loaders import (
    assignee_ids_by_task,
    label_ids_by_task,
    subtask_count_by_task,
    tasks_by_id,
)
from backend.tasks.models import Priority as PriorityValue
from backend.users.loaders import users_by_id
from backend.users.types import User

strawberry.enum(PriorityValue, name="Priority", description="How urgent a task is.")
Priority = PriorityValue


async def _project(info: AppInfo, project_id: str) -> ProjectRow:
    row = await info.context.loaders.get(projects_by_id).load(str(project_id))
    assert row is not None
    return row


@strawberry.type(description="A task in a Space.")
class Task(FromRow):
    id: strawberry.ID
    number: int
    title: str
    description: str | None
    priority: Priority
    position: int
    start_date: date | None
    due_date: date | None
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    project_id: strawberry.ID
    status_id: strawberry.ID
    group_id: strawberry.ID | None
    milestone_id: strawberry.ID | None
    parent_task_id: strawberry.ID | None
    estimate_minutes: int | None

    @strawberry.field(description="Human key such as WEB-42; accepted wherever a task id is.")
    async def key(self, info: AppInfo) -> str:
        return f"{(await _project(info, self.project_id)).key}-{self.number}"

    @strawberry.field
    async def project(self, info: AppInfo) -> Project:
        return Project.from_model(await _project(info, self.project_id))

    @strawberry.field
    async def status(self, info: AppInfo) -> TaskStatus:
        row = await info.context.loaders.get(statuses_by_id).load(str(self.status_id))
        assert row is not None
        return TaskStatus.from_model(row)

    @strawberry.field
    async def assignees(self, info: AppInfo) -> list[User]:
        ids = await info.context.loaders.get(assignee_ids_by_task).load(str(self.id))
        users = await info.context.loaders.get(users_by_id).load_many(ids)
        return [User.from_model(u) for u in users if u is not None]

    @strawberry.field(description="The board column or section the task is in, if any.")
    async def group(self, info: AppInfo) -> TaskGroup | None:
        if self.group_id is None:
            return None
        row = await info.context.loaders.get(groups_by_id).load(str(self.group_id))
        return TaskGroup.from_model(row) if row is not None else None

    @strawberry.field(description="The milestone the task is attached to, if any.")
    async def milestone(self, info: AppInfo) -> Milestone | None:
        if self.milestone_id is None:
            return None
        row = await info.context.loaders.get(milestones_by_id).load(str(self.milestone_id))
        return Milestone.from_model(row) if row is not None else None

    @strawberry.field
    async def labels(self, info: AppInfo) -> list[Label]:
        ids = await info.context.loaders.get(label_ids_by_task).load(str(self.id))
        rows = await info.context.loaders.get(labels_by_id).load_many(ids)
        return sorted(
            (Label.from_model(r) for r in rows if r is not None), key=lambda label: label.name
        )

    @strawberry.field(description="The task this one is a subtask of, if any.")
    async def parent_task(self, info: AppInfo) -> Task | None:
        if self.parent_task_id is None:
            return None
        row = await info.context.loaders.get(tasks_by_id).load(str(self.parent_task_id))
        return Task.from_model(row) if row is not None else None

    @strawberry.field(description="How many subtasks the task has (list them with tasks_list).")
    async def subtask_count(self, info: AppInfo) -> int:
        return await info.context.loaders.get(subtask_count_by_task).load(str(self.id))
