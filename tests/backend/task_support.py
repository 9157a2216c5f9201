"""Helpers for the task comment, checklist and dependency tests: principals, projects, tasks, events."""

from __future__ import annotations

from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from tests.conftest import Workspace


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
