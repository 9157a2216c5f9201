"""Listing tasks with their relations costs a fixed number of SQL queries, whatever the page size."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise import connections

from backend.core import db
from backend.core.context import build_context
from backend.core.permissions import Role
from backend.labels.models import Label
from backend.milestones.models import Milestone
from backend.projects.models import Project
from backend.schema import schema
from backend.task_groups.models import TaskGroup
from backend.task_statuses.models import TaskStatus
from backend.tasks.models import Task, TaskAssignee, TaskLabel
from backend.users.authentication import authenticate
from tests.conftest import Workspace
from tests.support import Database, QueryCounter

TASKS_LIST = """query($p: ID!, $limit: Int!) { tasksList(projectId: $p, limit: $limit) {
  totalCount nextCursor
  items { id key title status { name } group { name } milestone { title } labels { name } assignees { name } project { key } }
} }"""


async def _project_with_tasks(workspace: Workspace, key: str, size: int) -> str:
    member = await workspace.add_member(Role.MEMBER)
    project = await Project.create(organization_id=workspace.organization_id, key=key, name=key)
    status = await TaskStatus.filter(organization_id=workspace.organization_id).first()
    assert status is not None
    group = await TaskGroup.create(
        organization_id=workspace.organization_id, project=project, name="Doing", position=0
    )
    milestone = await Milestone.create(
        organization_id=workspace.organization_id,
        project=project,
        title="Launch",
        target_date=dt.date(2026, 12, 1),
    )
    labels = [
        await Label.create(
            organization_id=workspace.organization_id,
            name=f"{key}{i}",
            name_key=f"{key.lower()}{i}",
        )
        for i in range(3)
    ]
    for n in range(1, size + 1):
        task = await Task.create(
            organization_id=workspace.organization_id,
            project=project,
            number=n,
            title=f"Task {n}",
            status=status,
            group=group,
            milestone=milestone,
            position=n * 1024,
        )
        await TaskAssignee.create(task=task, user_id=member.user_id if n % 2 else workspace.user_id)
        await TaskLabel.create(task=task, label=labels[n % 3])
    return str(project.id)


async def _count(
    workspace: Workspace, project_id: str, limit: int, database: Database
) -> tuple[int, Any]:
    principal = await authenticate(workspace.token)
    with QueryCounter(connections.get(db.connection_name(database.url))) as counter:
        result = await schema.execute(
            TASKS_LIST,
            variable_values={"p": project_id, "limit": limit},
            context_value=build_context(principal),
        )
    assert result.errors is None, result.errors
    return counter.count, result.data


async def test_listing_200_tasks_costs_the_same_queries_as_20(
    database: Database, workspace: Workspace
) -> None:
    small = await _project_with_tasks(workspace, "SMALL", 20)
    big = await _project_with_tasks(workspace, "BIG", 200)

    small_queries, small_data = await _count(workspace, small, 20, database)
    big_queries, big_data = await _count(workspace, big, 200, database)

    assert (
        len(small_data["tasksList"]["items"]) == 20 and len(big_data["tasksList"]["items"]) == 200
    )
    item = big_data["tasksList"]["items"][0]
    assert (
        item["group"]["name"] == "Doing"
        and item["milestone"]["title"] == "Launch"
        and item["labels"]
    )
    assert big_queries == small_queries, (small_queries, big_queries)
    assert 3 <= big_queries <= 12, (
        big_queries
    )  # counted (auth, count, page, relations), and bounded
