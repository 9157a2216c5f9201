"""Helpers for the task comment, checklist and dependency tests: principals, projects, tasks, events."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from backend.core import events
from backend.core.permissions import Role
from backend.core.principal import Principal
from backend.projects import service as projects_service
from backend.projects.models import Project
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from subscriptions import EventMessage
from tests.conftest import Workspace


def acting(workspace: Workspace, role: Role = Role.OWNER) -> Principal:
    return Principal(
        user_id=workspace.user_id, organization_id=workspace.organization_id, role=role
    )


async def project(workspace: Workspace, key: str = "WEB", **extra: object) -> Project:
    return await projects_service.create_project(
        acting(workspace),
        name=f"Project {key}",
        key=key,
        **extra,  # type: ignore[arg-type]
    )


async def tasks(workspace: Workspace, space: Project, count: int) -> list[Task]:
    return [
        await tasks_service.create_task(
            acting(workspace), project_id=str(space.id), title=f"Task {i}"
        )
        for i in range(1, count + 1)
    ]


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[EventMessage]:
    """Events published after commit, in this process."""
    seen: list[EventMessage] = []

    async def record(messages: Iterable[EventMessage]) -> None:
        seen.extend(messages)

    monkeypatch.setattr(events, "publish", record)
    return seen
