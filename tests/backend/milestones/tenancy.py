"""Tenancy cases for milestones: another organization's milestones and Spaces are not found."""

from __future__ import annotations

from typing import Any

from tests.conftest import Workspace
from tests.support import GraphQLClient

_CREATE = """mutation($p: ID!) {
  milestonesCreate(projectId: $p, title: "Launch", targetDate: "2026-12-01") { result { id } } }"""


async def _milestone(api: GraphQLClient, token: str, project_id: str) -> str:
    data = await api.data(token, _CREATE, {"p": project_id})
    milestone_id: str = data["milestonesCreate"]["result"]["id"]
    return milestone_id


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    ids["milestone"] = await _milestone(api, other_workspace.token, ids["project"])


async def add_own(api: GraphQLClient, workspace: Workspace, own: dict[str, str]) -> None:
    own["milestone"] = await _milestone(api, workspace.token, own["project"])


# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "milestonesList",
        "query($p: ID!) { milestonesList(projectId: $p) { totalCount } }",
        lambda f, o: {"p": f["project"]},
    ),
    (
        "milestonesCreate",
        'mutation($p: ID!) { milestonesCreate(projectId: $p, title: "x", targetDate: "2026-12-01") { errors { code } } }',
        lambda f, o: {"p": f["project"]},
    ),
    (
        "milestonesUpdate",
        'mutation($m: ID!) { milestonesUpdate(milestoneId: $m, title: "x") { errors { code } } }',
        lambda f, o: {"m": f["milestone"]},
    ),
    (
        "milestonesDelete",
        "mutation($m: ID!) { milestonesDelete(milestoneId: $m) { errors { code } } }",
        lambda f, o: {"m": f["milestone"]},
    ),
]
