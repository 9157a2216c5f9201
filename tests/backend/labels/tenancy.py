"""Tenancy cases for labels: another organization's labels are not found."""

from __future__ import annotations

from typing import Any

from tests.conftest import Workspace
from tests.support import GraphQLClient

_CREATE = "mutation($n: String!) { labelsCreate(name: $n) { result { id } } }"


async def _label(api: GraphQLClient, token: str, name: str) -> str:
    data = await api.data(token, _CREATE, {"n": name})
    label_id: str = data["labelsCreate"]["result"]["id"]
    return label_id


async def add_foreign(api: GraphQLClient, other_workspace: Workspace, ids: dict[str, str]) -> None:
    ids["label"] = await _label(api, other_workspace.token, "Foreign")


async def add_own(api: GraphQLClient, workspace: Workspace, own: dict[str, str]) -> None:
    own["label"] = await _label(api, workspace.token, "Own")


# (name, document, variables from foreign ids `f` and own ids `o`)
CASES: list[tuple[str, str, Any]] = [
    (
        "labelsUpdate",
        'mutation($l: ID!) { labelsUpdate(labelId: $l, name: "x") { errors { code } } }',
        lambda f, o: {"l": f["label"]},
    ),
    (
        "labelsDelete",
        "mutation($l: ID!) { labelsDelete(labelId: $l) { errors { code } } }",
        lambda f, o: {"l": f["label"]},
    ),
]
