"""Project reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection, query
from backend.core.principal import Principal
from backend.projects import models, service, stats
from backend.projects.arguments import ProjectId
from backend.projects.types import Project, ProjectMember, ProjectStats


async def get_project(principal: Principal, *, project_id: ProjectId) -> models.Project:
    # The shared lookup takes the id positionally, with an error-field keyword that is no argument.
    return await service.get_project(principal, project_id)


@strawberry.type
class ProjectsQuery:
    projects_list = connection(
        service.list_projects, Project, description="Spaces you can see, oldest first."
    )
    projects_get = query(get_project, Project, description="One Space.")
    projects_members_list = connection(
        service.list_members, ProjectMember, description="Members of a Space."
    )
    projects_stats = query(
        stats.project_stats,
        ProjectStats,
        description="Task counts by status, progress, hours tracked against the budget, "
        "billable amount.",
    )
