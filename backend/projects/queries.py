"""Project reads."""

from __future__ import annotations

import strawberry

from backend.core.graphql_types import Connection
from backend.core.pagination import DEFAULT_LIMIT
from backend.core.resolvers import AppInfo, as_connection, principal
from backend.projects import service, stats
from backend.projects.types import Project, ProjectMember, ProjectStats


@strawberry.type
class ProjectsQuery:
    @strawberry.field(description="Spaces you can see, oldest first.")
    async def projects_list(
        self,
        info: AppInfo,
        include_archived: bool = False,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[Project]:
        page = await service.list_projects(
            principal(info), include_archived=include_archived, limit=limit, cursor=cursor
        )
        return as_connection(page, Project.from_model)

    @strawberry.field(description="One Space.")
    async def projects_get(self, info: AppInfo, project_id: strawberry.ID) -> Project:
        return Project.from_model(await service.get_project(principal(info), project_id))

    @strawberry.field(description="Members of a Space.")
    async def projects_members_list(
        self,
        info: AppInfo,
        project_id: strawberry.ID,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Connection[ProjectMember]:
        page = await service.list_members(
            principal(info), project_id=project_id, limit=limit, cursor=cursor
        )
        return as_connection(page, ProjectMember.from_model)

    @strawberry.field(
        description="Task counts by status, progress, hours tracked against the budget, billable amount."
    )
    async def projects_stats(self, info: AppInfo, project_id: strawberry.ID) -> ProjectStats:
        return ProjectStats.from_stats(
            await stats.project_stats(principal(info), project_id=project_id)
        )
