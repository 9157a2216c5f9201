"""Task comments: who may comment, edit and delete, @mentions, order, and events."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.members import mentions
from backend.projects import service as projects_service
from backend.projects.models import Visibility
from backend.tasks_comments import service
from backend.tasks_comments.models import TaskCommentMention
from subscriptions import EventMessage
from tests.backend.support import create_project, create_task, project, tasks
from tests.conftest import Workspace
from tests.support import GraphQLClient

ADD = """mutation($t: ID!, $b: String!) { tasksCommentsAdd(taskId: $t, body: $b) {
  result { id body author { id } mentions { id email } editedAt } errors { code field message } } }"""
LIST = """query($t: ID!, $limit: Int! = 50, $cursor: String) {
  tasksCommentsList(taskId: $t, limit: $limit, cursor: $cursor) {
    items { id body author { email } } nextCursor totalCount } }"""


async def _mentioned(comment_id: object) -> set[str]:
    rows = await TaskCommentMention.filter(comment_id=comment_id).values_list("user_id", flat=True)
    return {str(r) for r in rows}


async def test_comments_are_listed_oldest_first_with_author_and_page(
    api: GraphQLClient, workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, "Comments", key="CMT")
    task = await create_task(api, workspace.token, space["id"])
    for body in ("first", "second", "third"):
        data = await api.data(workspace.token, ADD, {"t": task["key"], "b": body})
        assert data["tasksCommentsAdd"]["errors"] == []

    first_page = (await api.data(workspace.token, LIST, {"t": task["id"], "limit": 2}))[
        "tasksCommentsList"
    ]
    rest = (
        await api.data(workspace.token, LIST, {"t": task["id"], "cursor": first_page["nextCursor"]})
    )["tasksCommentsList"]

    assert [c["body"] for c in first_page["items"] + rest["items"]] == [
        "first",
        "second",
        "third",
    ]
    assert first_page["totalCount"] == 3 and rest["nextCursor"] is None
    assert first_page["items"][0]["author"]["email"] == workspace.email


async def test_mentions_record_members_by_email_and_id_and_ignore_everyone_else(
    api: GraphQLClient, workspace: Workspace, other_workspace: Workspace
) -> None:
    space = await create_project(api, workspace.token, "Mentions", key="MEN")
    task = await create_task(api, workspace.token, space["id"])
    by_email = await workspace.add_member(Role.MEMBER)
    by_id = await workspace.add_member(Role.GUEST)
    body = (
        f"Hey @{by_email.email.upper()}, and @[{by_id.user_id}]. Not @{other_workspace.email} "
        f"(another organization), not @nobody@example.test, not plain {by_email.email}."
    )

    data = await api.data(workspace.token, ADD, {"t": task["id"], "b": body})

    result = data["tasksCommentsAdd"]["result"]
    assert {u["id"] for u in result["mentions"]} == {by_email.user_id, by_id.user_id}
    assert result["author"]["id"] == workspace.user_id


def test_mention_tokens_take_emails_after_an_at_sign_and_ids_in_brackets() -> None:
    emails, ids = mentions.mentioned_tokens(
        "cc @Ada@Example.com, @bob@x.io. mail carol@x.io @[not-a-uuid] "
        "@[7d3f2c1e-0000-4000-8000-000000000001]"
    )
    assert emails == {"ada@example.com", "bob@x.io"}
    assert [str(i) for i in ids] == ["7d3f2c1e-0000-4000-8000-000000000001"]


async def test_update_by_author_rewrites_the_body_marks_it_edited_and_recomputes_mentions(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    owner = workspace.principal()
    (task,) = await tasks(workspace, await project(workspace, "EDT"), 1)
    alice = await workspace.add_member(Role.MEMBER)
    bob = await workspace.add_member(Role.MEMBER)
    comment = await service.add_comment(owner, task_id=str(task.id), body=f"@{alice.email}")
    assert comment.edited_at is None
    assert await _mentioned(comment.id) == {alice.user_id}

    updated = await service.update_comment(
        owner, comment_id=str(comment.id), body=f"Actually @[{bob.user_id}]"
    )

    assert updated.body == f"Actually @[{bob.user_id}]" and updated.edited_at is not None
    assert await _mentioned(comment.id) == {bob.user_id}
    assert [
        (e.type, e.entity_id, e.project_id) for e in published if e.type.startswith("task_")
    ] == [
        ("task_comment.added", str(comment.id), str(task.project_id)),
        ("task_comment.updated", str(comment.id), str(task.project_id)),
    ]


async def test_only_the_author_may_edit_even_an_owner_may_not(workspace: Workspace) -> None:
    (task,) = await tasks(workspace, await project(workspace, "OWN"), 1)
    member = await workspace.add_member(Role.MEMBER)
    comment = await service.add_comment(
        member.principal(Role.MEMBER), task_id=str(task.id), body="mine"
    )

    with pytest.raises(Forbidden, match="author"):
        await service.update_comment(workspace.principal(), comment_id=str(comment.id), body="x")


async def test_delete_by_author_or_manage_projects_holder_but_not_another_member(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    (task,) = await tasks(workspace, await project(workspace, "DEL"), 1)
    author = await workspace.add_member(Role.MEMBER)
    colleague = await workspace.add_member(Role.MEMBER)
    manager = await workspace.add_member(Role.MANAGER)
    as_author = author.principal(Role.MEMBER)
    first = await service.add_comment(as_author, task_id=str(task.id), body="one")
    second = await service.add_comment(as_author, task_id=str(task.id), body="two")

    with pytest.raises(Forbidden, match="manage_projects"):
        await service.delete_comment(colleague.principal(Role.MEMBER), comment_id=str(first.id))
    await service.delete_comment(as_author, comment_id=str(first.id))
    await service.delete_comment(manager.principal(Role.MANAGER), comment_id=str(second.id))

    with pytest.raises(NotFound):
        await service.get_comment(workspace.principal(), str(first.id))
    assert [e.type for e in published if e.type.endswith("deleted")] == ["task_comment.deleted"] * 2


async def test_guests_read_comments_in_their_spaces_but_cannot_comment(
    workspace: Workspace,
) -> None:
    owner = workspace.principal()
    space = await project(workspace, "GST", visibility=Visibility.PRIVATE)
    (task,) = await tasks(workspace, space, 1)
    guest = await workspace.add_member(Role.GUEST)
    await projects_service.add_member(owner, project_id=str(space.id), user_id=guest.user_id)
    await service.add_comment(owner, task_id=str(task.id), body="hello")
    as_guest = guest.principal(Role.GUEST)

    page = await service.list_comments(as_guest, task_id=str(task.id), limit=50, cursor=None)
    with pytest.raises(Forbidden, match="manage_tasks"):
        await service.add_comment(as_guest, task_id=str(task.id), body="hi")

    assert [c.body for c in page.items] == ["hello"]


async def test_a_private_space_non_member_finds_no_task_to_comment_on(
    workspace: Workspace,
) -> None:
    (task,) = await tasks(
        workspace, await project(workspace, "PRV", visibility=Visibility.PRIVATE), 1
    )
    outsider = await workspace.add_member(Role.MEMBER)

    with pytest.raises(NotFound):
        await service.add_comment(outsider.principal(Role.MEMBER), task_id=str(task.id), body="x")
    with pytest.raises(NotFound):
        await service.list_comments(
            outsider.principal(Role.MEMBER), task_id=str(task.id), limit=50, cursor=None
        )


@pytest.mark.parametrize("body", ["", "   ", "x" * 10_001])
async def test_body_must_be_1_to_10000_characters(workspace: Workspace, body: str) -> None:
    (task,) = await tasks(workspace, await project(workspace, "LEN"), 1)

    with pytest.raises(Invalid, match="1 to 10000"):
        await service.add_comment(workspace.principal(), task_id=str(task.id), body=body)


async def test_archived_space_refuses_new_comments(workspace: Workspace) -> None:
    owner = workspace.principal()
    space = await project(workspace, "ARC")
    (task,) = await tasks(workspace, space, 1)
    await projects_service.set_archived(owner, project_id=str(space.id), archived=True)

    with pytest.raises(Conflict, match="archived"):
        await service.add_comment(owner, task_id=str(task.id), body="late")
