"""Git: linking repositories (secret shown once), their branches and commits, links to tasks.

What a push does (branches, commits, task links and "fixes WEB-42") is `record_push`, which the
webhook receiver (webhooks.py) calls as the principal the repository acts as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from backend.core.arguments import DEFAULT_LIMIT, Bounds, Cursor, Doc, Id, Limit
from backend.core.errors import Conflict, Invalid, ServiceError
from backend.core.lookups import get_in
from backend.core.pagination import Page, paginate
from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.core.unit_of_work import unit_of_work
from backend.git import secrets
from backend.git.arguments import CommitId, RepositoryId
from backend.git.events import GitBranchEvent, GitCommitEvent, GitRepositoryEvent
from backend.git.models import (
    GitBranch,
    GitCommit,
    GitCommitBranch,
    GitCommitTask,
    GitRepository,
    Provider,
)
from backend.git.payloads import Push, closing_keys, mentioned_keys
from backend.projects import service as projects_service
from backend.settings import Settings
from backend.task_statuses import service as statuses_service
from backend.tasks import service as tasks_service
from backend.tasks.arguments import TaskId
from backend.tasks.models import Task
from backend.tasks_dependencies import service as dependencies_service

MAX_FULL_NAME = 200
MAX_BRANCH = 255
# owner/name on GitHub; group/subgroup/.../name on GitLab.
_FULL_NAME = re.compile(r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+$")

_base_url: str | None = None


def configure(*, base_url: str) -> None:
    """Where providers reach this server (the app factory passes its settings' base URL)."""
    global _base_url
    _base_url = base_url.rstrip("/")


def webhook_url(repository_id: object) -> str:
    base = _base_url if _base_url is not None else Settings.from_env().base_url
    return f"{base}/webhooks/git/{repository_id}"


@dataclass(frozen=True)
class LinkedRepository:
    """A just-linked repository with what the provider needs; the secret is never shown again."""

    repository: GitRepository
    webhook_url: str
    secret: str


def visible_repositories(principal: Principal) -> QuerySet[GitRepository]:
    """The organization's repositories and those of Spaces the principal may read."""
    return projects_service.in_organization_or_accessible_projects(principal, GitRepository)


async def get_repository(
    principal: Principal, repository_id: object, *, field: str = "repository_id"
) -> GitRepository:
    return await get_in(
        visible_repositories(principal), repository_id, entity="repository", field=field
    )


def _clean_full_name(full_name: str) -> str:
    full_name = full_name.strip().strip("/")
    if not _FULL_NAME.match(full_name) or len(full_name) > MAX_FULL_NAME:
        raise Invalid(
            f"full_name must look like owner/name (GitLab: group/subgroup/name); got '{full_name}'.",
            field="full_name",
            reason="FULL_NAME_FORMAT",
        )
    return full_name


async def list_repositories(
    principal: Principal, *, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
) -> Page[GitRepository]:
    return await paginate(
        visible_repositories(principal), limit=limit, cursor=cursor, order_by="created_at"
    )


async def link_repository(
    principal: Principal,
    *,
    provider: Annotated[Provider, Doc("Where the repository is hosted: GITHUB or GITLAB.")],
    full_name: Annotated[
        str,
        Doc("The repository's path on the provider, e.g. acme/web (GitLab: group/sub/name)."),
        Bounds(max_length=MAX_FULL_NAME),
    ],
    project_id: Annotated[
        Id | None,
        Doc("Tie the repository to this Space (from projects_list); omit for the organization."),
    ] = None,
) -> LinkedRepository:
    principal.require(Permission.MANAGE_INTEGRATIONS, "link git repositories")
    secret = secrets.new_secret()
    async with unit_of_work(principal) as uow:
        project = (
            None
            if project_id is None
            else await projects_service.get_writable_project(principal, project_id)
        )
        full_name = _clean_full_name(full_name)
        taken = await GitRepository.filter(
            organization_id=principal.organization_id,
            provider=provider,
            full_name__iexact=full_name,
        ).exists()
        if taken:
            raise Conflict(
                f"{provider.value} repository {full_name} is already linked. Find it with "
                "git_repositories_list; to get a new secret, unlink it with "
                "git_repositories_unlink and link it again.",
                field="full_name",
                reason="ALREADY_LINKED",
            )
        repository = await GitRepository.create(
            organization_id=principal.organization_id,
            project_id=None if project is None else project.id,
            provider=provider,
            full_name=full_name,
            secret_encrypted=secrets.encrypt(secret),
            linked_by_id=principal.user_id,
        )
        uow.record(GitRepositoryEvent.LINKED, repository.id, project_id=repository.project_id)
    return LinkedRepository(repository, webhook_url(repository.id), secret)


async def unlink_repository(principal: Principal, *, repository_id: RepositoryId) -> GitRepository:
    """Unlink a repository; its branches, commits and their task links go with it."""
    principal.require(Permission.MANAGE_INTEGRATIONS, "unlink git repositories")
    async with unit_of_work(principal) as uow:
        repository = await get_repository(principal, repository_id)
        await repository.delete()
        uow.record(GitRepositoryEvent.UNLINKED, repository.id, project_id=repository.project_id)
    return repository


async def list_branches(
    principal: Principal,
    *,
    repository_id: RepositoryId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[GitBranch]:
    repository = await get_repository(principal, repository_id)
    query = GitBranch.filter(repository_id=repository.id)
    return await paginate(query, limit=limit, cursor=cursor, order_by="name")


async def list_commits(
    principal: Principal,
    *,
    repository_id: Annotated[
        Id | None, Doc("Only this repository's commits (from git_repositories_list).")
    ] = None,
    task_id: Annotated[Id | None, Doc("Only commits linked to this task (id or key).")] = None,
    branch: Annotated[
        str | None,
        Doc("Only commits pushed to this branch, e.g. main (needs repository_id)."),
        Bounds(max_length=MAX_BRANCH),
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[GitCommit]:
    """Commits of visible repositories, newest first."""
    query = GitCommit.filter(
        repository_id__in=Subquery(visible_repositories(principal).values("id"))
    )
    if repository_id is not None:
        repository = await get_repository(principal, repository_id)
        query = query.filter(repository_id=repository.id)
    if branch is not None:
        if repository_id is None:
            raise Invalid(
                "branch needs repository_id: branch names repeat across repositories. "
                "Find the repository with git_repositories_list.",
                field="branch",
                reason="BRANCH_NEEDS_REPOSITORY",
            )
        query = query.filter(
            id__in=Subquery(
                GitCommitBranch.filter(
                    branch__repository_id=repository_id, branch__name=branch
                ).values("commit_id")
            )
        )
    if task_id is not None:
        task = await tasks_service.get_task(principal, task_id)
        query = query.filter(
            id__in=Subquery(GitCommitTask.filter(task_id=task.id).values("commit_id"))
        )
    return await paginate(
        query, limit=limit, cursor=cursor, order_by="committed_at", descending=True
    )


async def link_commit_task(
    principal: Principal, *, commit_id: CommitId, task_id: TaskId
) -> GitCommit:
    """Link a commit to a task by hand (linking twice changes nothing)."""
    principal.require(Permission.MANAGE_TASKS, "link commits to tasks")
    async with unit_of_work(principal) as uow:
        commit = await get_in(
            GitCommit.filter(
                repository_id__in=Subquery(visible_repositories(principal).values("id"))
            ),
            commit_id,
            entity="commit",
            field="commit_id",
        )
        task, _project = await tasks_service.get_writable_task(principal, task_id)
        _, created = await GitCommitTask.get_or_create(commit_id=commit.id, task_id=task.id)
        if created:
            uow.record(GitCommitEvent.TASK_LINKED, commit.id, project_id=task.project_id)
    return commit


@dataclass(frozen=True)
class PushOutcome:
    """What one push recorded, for the delivery's response."""

    branch: str | None
    new_commits: int
    linked_tasks: list[str]
    completed_tasks: list[str]
    left_open: list[str]  # "fixes" keys whose task kept its status (blockers open, no terminal)


async def record_push(principal: Principal, repository: GitRepository, push: Push) -> PushOutcome:
    """Record a push's branch and commits; link the tasks they mention; complete the ones they fix."""
    if push.branch is None:  # a tag: nothing to record
        return PushOutcome(None, 0, [], [], [])
    now = datetime.now(UTC)
    project_id = repository.project_id
    async with unit_of_work(principal) as uow:
        branch = await GitBranch.get_or_none(repository_id=repository.id, name=push.branch)
        if push.deleted:
            if branch is not None:
                await branch.delete()
                uow.record(GitBranchEvent.DELETED, branch.id, project_id=project_id)
            return PushOutcome(push.branch, 0, [], [], [])
        if branch is None:
            branch = await GitBranch.create(
                repository_id=repository.id, name=push.branch, head_sha=push.head_sha, pushed_at=now
            )
        else:
            branch.head_sha, branch.pushed_at = push.head_sha, now
            await branch.save(update_fields=["head_sha", "pushed_at", "updated_at"])
        uow.record(GitBranchEvent.PUSHED, branch.id, project_id=project_id)
        new_commits = 0
        linked: dict[str, None] = {}
        fixes: dict[str, None] = {}
        for pushed in push.commits:
            commit, created = await GitCommit.get_or_create(
                repository_id=repository.id,
                sha=pushed.sha,
                defaults={
                    "organization_id": repository.organization_id,
                    "message": pushed.message,
                    "author_name": pushed.author_name,
                    "author_email": pushed.author_email,
                    "url": pushed.url,
                    "committed_at": pushed.committed_at,
                },
            )
            await GitCommitBranch.get_or_create(commit_id=commit.id, branch_id=branch.id)
            if created:
                new_commits += 1
                uow.record(GitCommitEvent.PUSHED, commit.id, project_id=project_id)
            closes = closing_keys(pushed.message)
            for key in mentioned_keys(pushed.message):
                task = await _visible_task(principal, key)
                if task is None:
                    continue
                _, link_created = await GitCommitTask.get_or_create(
                    commit_id=commit.id, task_id=task.id
                )
                if link_created:
                    uow.record(GitCommitEvent.TASK_LINKED, commit.id, project_id=task.project_id)
                linked.setdefault(key, None)
                if key in closes:
                    fixes.setdefault(key, None)
        completed: list[str] = []
        left_open: list[str] = []
        for key in fixes:
            (completed if await _complete(principal, key) else left_open).append(key)
    return PushOutcome(push.branch, new_commits, list(linked), completed, left_open)


async def _visible_task(principal: Principal, key: str) -> Task | None:
    try:
        return await tasks_service.get_task(principal, key)
    except ServiceError:
        return None


async def _complete(principal: Principal, key: str) -> bool:
    """Move the task to its Space's first terminal status, unless blockers are open (or it is
    done already, or the Space is read-only, or the workflow has no terminal status)."""
    task = await tasks_service.get_task(principal, key)
    if task.completed_at is not None:
        return True
    if not principal.can(Permission.MANAGE_TASKS):
        return False
    if await dependencies_service.open_blockers(task.id):
        return False
    project = await projects_service.get_project(principal, str(task.project_id))
    if project.archived_at is not None:
        return False
    terminal = next((s for s in await statuses_service.workflow(project) if s.is_terminal), None)
    if terminal is None:
        return False
    await tasks_service.set_status(principal, task_id=str(task.id), status_id=str(terminal.id))
    return True
