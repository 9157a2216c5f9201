"""Git rules through the service layer: linking (secret once, encrypted at rest), listing,
unlinking, pushes recording branches, commits and task links, "fixes" and blockers."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.permissions import Role
from backend.git import secrets
from backend.git import service as git
from backend.git.models import GitCommit, GitRepository, Provider
from backend.git.payloads import parse_push
from backend.tasks import service as tasks_service
from backend.tasks.models import Task
from backend.tasks_dependencies import service as dependencies
from subscriptions import EventMessage
from tests.backend.git.pushes import SHA_A, SHA_B, commit, github_push
from tests.backend.support import project
from tests.conftest import Workspace


async def _link(
    workspace: Workspace, full_name: str = "acme/web", **extra: object
) -> git.LinkedRepository:
    return await git.link_repository(
        workspace.principal(),
        provider=Provider.GITHUB,
        full_name=full_name,
        **extra,  # type: ignore[arg-type]
    )


async def test_linking_returns_the_secret_once_and_stores_only_its_encryption(
    workspace: Workspace, published: list[EventMessage]
) -> None:
    linked = await _link(workspace)

    stored = await GitRepository.get(id=linked.repository.id)
    assert linked.secret.startswith("trcr_whsec_") and len(linked.secret) > 40
    assert linked.secret not in stored.secret_encrypted
    assert secrets.decrypt(stored.secret_encrypted) == linked.secret
    assert linked.webhook_url.endswith(f"/webhooks/git/{stored.id}")
    assert [e.type for e in published] == ["git_repository.linked"]
    listed = await git.list_repositories(workspace.principal())
    assert [r.id for r in listed.items] == [stored.id]


async def test_the_same_repository_twice_is_a_conflict_and_names_must_be_paths(
    workspace: Workspace,
) -> None:
    await _link(workspace)

    with pytest.raises(Conflict) as taken:
        await _link(workspace, "ACME/web")
    with pytest.raises(Invalid) as malformed:
        await _link(workspace, "just-a-name")
    gitlab = await git.link_repository(
        workspace.principal(), provider=Provider.GITLAB, full_name="acme/group/web"
    )

    assert taken.value.reason == "ALREADY_LINKED"
    assert malformed.value.reason == "FULL_NAME_FORMAT"
    assert gitlab.repository.full_name == "acme/group/web"


async def test_only_manage_integrations_links_and_unlinks(workspace: Workspace) -> None:
    linked = await _link(workspace)
    manager = workspace.principal(Role.MANAGER)

    with pytest.raises(Forbidden, match="manage_integrations"):
        await git.link_repository(manager, provider=Provider.GITHUB, full_name="acme/api")
    with pytest.raises(Forbidden, match="manage_integrations"):
        await git.unlink_repository(manager, repository_id=str(linked.repository.id))
    await git.unlink_repository(
        workspace.principal(Role.ADMIN), repository_id=str(linked.repository.id)
    )
    assert not await GitRepository.exists(id=linked.repository.id)


async def test_a_repository_of_a_private_space_is_invisible_outside_it(
    workspace: Workspace, other_workspace: Workspace
) -> None:
    secret_space = await project(workspace, "SEC", visibility="private")
    linked = await _link(workspace, project_id=str(secret_space.id))
    outsider = await workspace.add_member(Role.MEMBER)

    assert (
        await git.list_repositories(outsider.principal(Role.MEMBER, outsider.user_id))
    ).items == []
    with pytest.raises(NotFound):
        await git.list_branches(
            outsider.principal(Role.MEMBER, outsider.user_id),
            repository_id=str(linked.repository.id),
        )
    with pytest.raises(NotFound):
        await git.list_branches(
            other_workspace.principal(), repository_id=str(linked.repository.id)
        )


async def test_a_push_records_its_branch_commits_and_the_tasks_they_mention(
    workspace: Workspace,
) -> None:
    space = await project(workspace, "WEB")
    first = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="A"
    )
    linked = await _link(workspace)
    push = parse_push(
        github_push(
            [
                commit(SHA_A, "Start WEB-1"),
                commit(SHA_B, "Mention WEB-99 (no such task)", at="2026-11-30T11:00:00Z"),
            ]
        )
    )

    outcome = await git.record_push(workspace.principal(), linked.repository, push)
    again = await git.record_push(workspace.principal(), linked.repository, push)

    assert (outcome.branch, outcome.new_commits, outcome.linked_tasks) == ("main", 2, ["WEB-1"])
    assert again.new_commits == 0  # the same commits are not recorded twice
    branches = await git.list_branches(
        workspace.principal(), repository_id=str(linked.repository.id)
    )
    assert [(b.name, b.head_sha) for b in branches.items] == [("main", SHA_B)]
    by_task = await git.list_commits(workspace.principal(), task_id="WEB-1")
    assert [c.sha for c in by_task.items] == [SHA_A]
    on_main = await git.list_commits(
        workspace.principal(), repository_id=str(linked.repository.id), branch="main"
    )
    assert [c.sha for c in on_main.items] == [SHA_B, SHA_A]
    assert (await Task.get(id=first.id)).completed_at is None  # a mention does not complete


async def test_fixes_completes_the_task_unless_blockers_are_open(workspace: Workspace) -> None:
    space = await project(workspace, "WEB")
    owner = workspace.principal()
    fixed, blocked, blocker = [
        await tasks_service.create_task(owner, project_id=str(space.id), title=t)
        for t in ("Fixed", "Blocked", "Blocker")
    ]
    await dependencies.add_dependency(
        owner, task_id=str(blocked.id), depends_on_task_id=str(blocker.id)
    )
    linked = await _link(workspace)
    push = parse_push(github_push([commit(SHA_A, "fixes WEB-1, closes WEB-2")]))

    outcome = await git.record_push(owner, linked.repository, push)

    assert outcome.completed_tasks == ["WEB-1"]
    assert outcome.left_open == ["WEB-2"]
    assert (await Task.get(id=fixed.id)).completed_at is not None
    assert (await Task.get(id=blocked.id)).completed_at is None


async def test_linking_a_commit_by_hand_needs_a_visible_task_and_manage_tasks(
    workspace: Workspace,
) -> None:
    space = await project(workspace, "WEB")
    task = await tasks_service.create_task(
        workspace.principal(), project_id=str(space.id), title="A"
    )
    linked = await _link(workspace)
    await git.record_push(
        workspace.principal(), linked.repository, parse_push(github_push([commit(SHA_A, "wip")]))
    )
    stored = await GitCommit.get(sha=SHA_A, repository_id=linked.repository.id)

    with pytest.raises(Forbidden):
        await git.link_commit_task(
            workspace.principal(Role.GUEST), commit_id=str(stored.id), task_id="WEB-1"
        )
    await git.link_commit_task(workspace.principal(), commit_id=str(stored.id), task_id="WEB-1")
    await git.link_commit_task(workspace.principal(), commit_id=str(stored.id), task_id="WEB-1")

    by_task = await git.list_commits(workspace.principal(), task_id=str(task.id))
    assert [c.sha for c in by_task.items] == [SHA_A]


async def test_branch_filter_needs_a_repository(workspace: Workspace) -> None:
    with pytest.raises(Invalid) as refused:
        await git.list_commits(workspace.principal(), branch="main")
    assert refused.value.reason == "BRANCH_NEEDS_REPOSITORY"
