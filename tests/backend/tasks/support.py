"""Shared set-up for task tests: documents, and groups/labels/milestones made through the ORM."""

from __future__ import annotations

from datetime import date
from typing import Any

from backend.labels.models import Label
from backend.milestones.models import Milestone
from backend.task_groups.models import TaskGroup
from tests.conftest import Workspace
from tests.support import GraphQLClient

TASK_FIELDS = """id key number position groupId milestoneId parentTaskId estimateMinutes
  subtaskCount labels { id name } group { id name } milestone { id title } parentTask { id key }"""

CREATE = f"""
mutation($projectId: ID!, $title: String! = "Task", $groupId: ID, $labelIds: [ID!],
         $estimateMinutes: Int, $parentTaskId: ID, $milestoneId: ID) {{
  tasksCreate(projectId: $projectId, title: $title, groupId: $groupId, labelIds: $labelIds,
              estimateMinutes: $estimateMinutes, parentTaskId: $parentTaskId,
              milestoneId: $milestoneId) {{
    result {{ {TASK_FIELDS} }}
    errors {{ code field message }}
  }}
}}"""

UPDATE = f"""
mutation($taskId: ID!, $estimateMinutes: Int, $clearEstimate: Boolean! = false,
         $milestoneId: ID, $clearMilestone: Boolean! = false, $parentTaskId: ID,
         $clearParent: Boolean! = false) {{
  tasksUpdate(taskId: $taskId, estimateMinutes: $estimateMinutes, clearEstimate: $clearEstimate,
              milestoneId: $milestoneId, clearMilestone: $clearMilestone,
              parentTaskId: $parentTaskId, clearParent: $clearParent) {{
    result {{ {TASK_FIELDS} }}
    errors {{ code field message }}
  }}
}}"""

LIST = f"""
query($projectId: ID, $labelId: ID, $groupId: ID, $milestoneId: ID, $parentTaskId: ID) {{
  tasksList(projectId: $projectId, labelId: $labelId, groupId: $groupId,
            milestoneId: $milestoneId, parentTaskId: $parentTaskId, limit: 200) {{
    items {{ {TASK_FIELDS} }}
    totalCount
  }}
}}"""


async def create(api: GraphQLClient, token: str, project_id: str, **fields: Any) -> dict[str, Any]:
    """tasksCreate's payload (result and errors)."""
    data = await api.data(token, CREATE, {"projectId": project_id, **fields})
    payload: dict[str, Any] = data["tasksCreate"]
    return payload


async def created(api: GraphQLClient, token: str, project_id: str, **fields: Any) -> dict[str, Any]:
    payload = await create(api, token, project_id, **fields)
    assert payload["errors"] == [], payload
    result: dict[str, Any] = payload["result"]
    return result


async def update(api: GraphQLClient, token: str, task_id: str, **fields: Any) -> dict[str, Any]:
    data = await api.data(token, UPDATE, {"taskId": task_id, **fields})
    payload: dict[str, Any] = data["tasksUpdate"]
    return payload


async def listed(api: GraphQLClient, token: str, **filters: Any) -> list[dict[str, Any]]:
    data = await api.data(token, LIST, filters)
    items: list[dict[str, Any]] = data["tasksList"]["items"]
    return items


async def make_group(workspace: Workspace, project_id: str, name: str = "Doing") -> str:
    group = await TaskGroup.create(
        organization_id=workspace.organization_id, project_id=project_id, name=name, position=0
    )
    return str(group.id)


async def make_label(workspace: Workspace, name: str = "Bug") -> str:
    label = await Label.create(
        organization_id=workspace.organization_id, name=name, name_key=name.casefold()
    )
    return str(label.id)


async def make_milestone(workspace: Workspace, project_id: str, title: str = "Beta") -> str:
    milestone = await Milestone.create(
        organization_id=workspace.organization_id,
        project_id=project_id,
        title=title,
        target_date=date(2026, 12, 1),
    )
    return str(milestone.id)
