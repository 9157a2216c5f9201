"""GraphQL types of tasks and workflow statuses."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.core.resolvers import AppInfo
from backend.projects.loaders import projects_by_id
from backend.projects.models import Project as ProjectRow
from backend.projects.types import Project
from backend.task_statuses.loaders import statuses_by_id
from backend.task_statuses.types import TaskStatus
from backend.tasks import models
from backend.tasks.loaders import assignee_ids_by_task
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
class Task:
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

    @classmethod
    def from_model(cls, row: models.Task) -> Task:
        return cls(
            id=strawberry.ID(str(row.id)),
            number=row.number,
            title=row.title,
            description=row.description,
            priority=PriorityValue(row.priority),
            position=row.position,
            start_date=row.start_date,
            due_date=row.due_date,
            completed_at=row.completed_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            project_id=strawberry.ID(str(row.project_id)),
            status_id=strawberry.ID(str(row.status_id)),
        )
