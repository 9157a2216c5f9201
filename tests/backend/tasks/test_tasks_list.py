"""tasks_list filters by label, group, milestone and parent, in board order."""

from __future__ import annotations

from backend.core.permissions import Role
from tests.backend.support import create_project
from tests.backend.tasks.support import created, listed, make_group, make_label, make_milestone
from tests.conftest import Workspace
from tests.support import GraphQLClient


async def test_each_filter_keeps_only_matching_tasks(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Filters", key="FLT")
    group = await make_group(workspace, project["id"])
    bug = await make_label(workspace, "Bug")
    milestone = await make_milestone(workspace, project["id"])
    plain = await created(api, workspace.token, project["id"])
    labelled = await created(api, workspace.token, project["id"], labelIds=[bug])
    grouped = await created(api, workspace.token, project["id"], groupId=group)
    planned = await created(api, workspace.token, project["id"], milestoneId=milestone)
    child = await created(api, workspace.token, project["id"], parentTaskId=plain["id"])

    def keys(items: list[dict[str, str]]) -> list[str]:
        return [item["key"] for item in items]

    assert keys(await listed(api, workspace.token, labelId=bug)) == [labelled["key"]]
    assert keys(await listed(api, workspace.token, groupId=group)) == [grouped["key"]]
    assert keys(await listed(api, workspace.token, milestoneId=milestone)) == [planned["key"]]
    assert keys(await listed(api, workspace.token, parentTaskId=plain["key"])) == [child["key"]]
    everything = await listed(api, workspace.token, projectId=project["id"])
    assert len(everything) == 5
    assert [t["position"] for t in everything] == sorted(t["position"] for t in everything)
    parent_row = next(t for t in everything if t["id"] == plain["id"])
    assert parent_row["subtaskCount"] == 1


async def test_filtering_by_a_group_in_a_private_space_you_cannot_see_is_not_found(
    api: GraphQLClient, workspace: Workspace
) -> None:
    project = await create_project(api, workspace.token, "Secret", key="SCRT", visibility="PRIVATE")
    group = await make_group(workspace, project["id"])
    member = await workspace.add_member(Role.MEMBER)

    body = await api.execute(
        member.token, "query($g: ID) { tasksList(groupId: $g) { totalCount } }", {"g": group}
    )

    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
