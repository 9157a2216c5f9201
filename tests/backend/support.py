"""Backend test helpers: the GraphQL documents the tests send, and Spaces and tasks made through
/graphql (create_project, create_task) or the services (project, tasks)."""

from __future__ import annotations

from typing import Any

from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from tests.conftest import Workspace
from tests.support import GraphQLClient

WHOAMI = "query { whoami { user { id email } organization { id name } role permissions tokenName tokenExpiresAt } }"

PROJECTS_CREATE = """
mutation($name: String!, $key: String, $visibility: Visibility! = OPEN) {
  projectsCreate(name: $name, key: $key, visibility: $visibility) {
    result { id key name visibility archived }
    errors { code field message }
  }
}"""

PROJECTS_LIST = """
query($limit: Int! = 50, $cursor: String, $includeArchived: Boolean! = false) {
  projectsList(limit: $limit, cursor: $cursor, includeArchived: $includeArchived) {
    items { id key name } nextCursor totalCount
  }
}"""

TASKS_CREATE = """
mutation($projectId: ID!, $title: String!, $startDate: Date, $dueDate: Date, $assigneeIds: [ID!]) {
  tasksCreate(projectId: $projectId, title: $title, startDate: $startDate, dueDate: $dueDate, assigneeIds: $assigneeIds) {
    result { id key number title startDate dueDate status { name } assignees { id } }
    errors { code field message }
  }
}"""

TASKS_GET = "query($taskId: ID!) { tasksGet(taskId: $taskId) { id key title } }"

EVENTS = """
subscription($types: [EventType!], $projectId: ID) {
  events(types: $types, projectId: $projectId) { type entityType entityId projectId actorId occurredAt }
}"""


async def create_project(
    api: GraphQLClient, token: str, name: str = "Website", **extra: Any
) -> dict[str, Any]:
    data = await api.data(token, PROJECTS_CREATE, {"name": name, **extra})
    payload = data["projectsCreate"]
    assert payload["errors"] == [], payload
    result: dict[str, Any] = payload["result"]
    return result


async def create_task(
    api: GraphQLClient, token: str, project_id: str, **fields: Any
) -> dict[str, Any]:
    data = await api.data(
        token, TASKS_CREATE, {"projectId": project_id, "title": "Write copy", **fields}
    )
    payload = data["tasksCreate"]
    assert payload["errors"] == [], payload
    result: dict[str, Any] = payload["result"]
    return result


async def project(workspace: Workspace, key: str = "WEB", **extra: object) -> Project:
    return await projects_service.create_project(
        workspace.principal(),
        name=f"Project {key}",
        key=key,
        **extra,  # type: ignore[arg-type]
    )


async def tasks(workspace: Workspace, space: Project, count: int) -> list[Task]:
    return [
        await tasks_service.create_task(
            workspace.principal(), project_id=str(space.id), title=f"Task {i}"
        )
        for i in range(1, count + 1)
    ]
