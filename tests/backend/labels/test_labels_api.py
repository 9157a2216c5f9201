"""Labels over GraphQL: a case-insensitive clash is a typed CONFLICT naming the existing label."""

from __future__ import annotations

from tests.conftest import Workspace
from tests.support import GraphQLClient

CREATE = """mutation($n: String!, $c: String) {
  labelsCreate(name: $n, color: $c) { result { id name color } errors { code field message } } }"""
LIST = "query($limit: Int!, $cursor: String) { labelsList(limit: $limit, cursor: $cursor) { items { name } nextCursor totalCount } }"


async def test_bug_and_bug_in_other_case_are_one_label(
    api: GraphQLClient, workspace: Workspace
) -> None:
    created = await api.data(workspace.token, CREATE, {"n": "Bug", "c": "#ef4444"})
    clash = await api.data(workspace.token, CREATE, {"n": "bUG"})

    bug = created["labelsCreate"]["result"]
    assert bug["name"] == "Bug" and bug["color"] == "#ef4444"
    assert clash["labelsCreate"]["result"] is None
    error = clash["labelsCreate"]["errors"][0]
    assert (error["code"], error["field"]) == ("CONFLICT", "name")
    assert "'Bug'" in error["message"] and bug["id"] in error["message"]
    listed = await api.data(workspace.token, LIST, {"limit": 50})
    assert listed["labelsList"] == {"items": [{"name": "Bug"}], "nextCursor": None, "totalCount": 1}
