"""Tenancy cases for task groups: another organization's groups and Spaces are not found."""

from __future__ import annotations

from typing import Any

from tests.conftest import Workspace
from tests.support import GraphQLClient

_CREATE = 'mutation($p: ID!) { taskGroupsCreate(projectId: $p, name: "Backlog") { result { id } } }'


async def _group(api: GraphQLClient, token: str, project_id: str) -> str:
    data = await api.data(token, _CREATE, {"p": project_id})
    group_id: str = data["taskGroupsCreate"]["result"]["id"]
    return group_id


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    ids["group"] = await _group(api, other_workspace.token, ids["project"])


async def add_own(api: GraphQLClient, workspace: Workspace, own: dict[str, str]) -> None:
    own["group"] = await _group(api, workspace.token, own["project"])


# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "taskGroupsList",
        "query($p: ID!) { taskGroupsList(projectId: $p) { id } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "taskGroupsCreate",
        'mutation($p: ID!) { taskGroupsCreate(projectId: $p, name: "x") { errors { code } } }',
        lambda f, o: {"p": f["project"]},
    ),
    (
        "taskGroupsRename",
        'mutation($g: ID!) { taskGroupsRename(groupId: $g, name: "x") { errors { code } } }',
        lambda f, o: {"g": f["group"]},
    ),
    (
        "taskGroupsReorder",
        "mutation($p: ID!, $g: [ID!]!) { taskGroupsReorder(projectId: $p, groupIds: $g) { errors { code } } }",
        lambda f, o: {"p": f["project"], "g": [f["group"]]},
    ),
    (
        "taskGroupsReorder(groups)",
        "mutation($p: ID!, $g: [ID!]!) { taskGroupsReorder(projectId: $p, groupIds: $g) { errors { code } } }",
        lambda f, o: {"p": o["project"], "g": [o["group"], f["group"]]},
    ),
    (
        "taskGroupsDelete",
        "mutation($g: ID!) { taskGroupsDelete(groupId: $g) { errors { code } } }",
        lambda f, o: {"g": f["group"]},
    ),
    (
        "taskGroupsDelete(target)",
        "mutation($g: ID!, $t: ID) { taskGroupsDelete(groupId: $g, moveTasksToGroupId: $t) { errors { code } } }",
        lambda f, o: {"g": o["group"], "t": f["group"]},
    ),
]
