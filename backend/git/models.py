"""Git repositories linked to an organization (optionally a Space), the branches and commits their
pushes brought, the tasks commits mention, and the delivery ids already received."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from backend.core.models import Entity

if TYPE_CHECKING:
    from backend.orgs.models import Organization
    from backend.projects.models import Project
    from backend.tasks.models import Task
    from backend.users.models import User


class Provider(StrEnum):
    GITHUB = "github"
    GITLAB = "gitlab"


class GitRepository(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="git_repositories", on_delete=fields.CASCADE
    )
    # NULL: the organization's repository; set: tied to one Space (visible with the Space).
    project: fields.ForeignKeyNullableRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="git_repositories", null=True, on_delete=fields.CASCADE
    )
    provider = fields.CharEnumField(Provider, max_length=10)
    full_name = fields.CharField(max_length=200)
    # The webhook secret, Fernet-encrypted with the server key (backend/git/secrets.py): GitHub's
    # HMAC needs the secret itself, so a one-way hash cannot verify it.
    secret_encrypted = fields.TextField()
    # The principal deliveries act as (with this user's current role); NULL once the user is gone.
    linked_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=None, null=True, on_delete=fields.SET_NULL
    )

    organization_id: UUID
    project_id: UUID | None
    linked_by_id: UUID | None

    class Meta:
        table = "git_repositories"
        unique_together = (("organization", "provider", "full_name"),)
        indexes = (("organization_id", "created_at", "id"),)  # git_repositories_list


class GitBranch(Entity):
    repository: fields.ForeignKeyRelation[GitRepository] = fields.ForeignKeyField(
        "models.GitRepository", related_name="branches", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=255)
    head_sha = fields.CharField(max_length=64)
    pushed_at = fields.DatetimeField()

    repository_id: UUID

    class Meta:
        table = "git_branches"
        unique_together = (("repository", "name"),)


class GitCommit(Entity):
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name=None, on_delete=fields.CASCADE
    )
    repository: fields.ForeignKeyRelation[GitRepository] = fields.ForeignKeyField(
        "models.GitRepository", related_name="commits", on_delete=fields.CASCADE
    )
    sha = fields.CharField(max_length=64)
    message = fields.TextField()
    author_name = fields.CharField(max_length=200)
    author_email = fields.CharField(max_length=320, null=True)
    url = fields.CharField(max_length=1000, null=True)
    committed_at = fields.DatetimeField()

    organization_id: UUID
    repository_id: UUID

    class Meta:
        table = "git_commits"
        unique_together = (("repository", "sha"),)
        indexes = (("repository_id", "committed_at", "id"),)  # git_commits_list, newest first


class GitCommitBranch(Entity):
    """A commit was pushed to a branch (one commit reaches many branches)."""

    commit: fields.ForeignKeyRelation[GitCommit] = fields.ForeignKeyField(
        "models.GitCommit", related_name="branch_links", on_delete=fields.CASCADE
    )
    branch: fields.ForeignKeyRelation[GitBranch] = fields.ForeignKeyField(
        "models.GitBranch", related_name="commit_links", on_delete=fields.CASCADE
    )

    commit_id: UUID
    branch_id: UUID

    class Meta:
        table = "git_commit_branches"
        unique_together = (("commit", "branch"),)


class GitCommitTask(Entity):
    """A commit mentions (or was linked by hand to) a task."""

    commit: fields.ForeignKeyRelation[GitCommit] = fields.ForeignKeyField(
        "models.GitCommit", related_name="task_links", on_delete=fields.CASCADE
    )
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name=None, on_delete=fields.CASCADE
    )

    commit_id: UUID
    task_id: UUID

    class Meta:
        table = "git_commit_tasks"
        unique_together = (("commit", "task"),)
        indexes = (("task_id",),)


class GitDelivery(Entity):
    """A webhook delivery id already processed: a repeat is ignored (the unique pair decides)."""

    repository: fields.ForeignKeyRelation[GitRepository] = fields.ForeignKeyField(
        "models.GitRepository", related_name=None, on_delete=fields.CASCADE
    )
    delivery_id = fields.CharField(max_length=100)

    repository_id: UUID

    class Meta:
        table = "git_deliveries"
        unique_together = (("repository", "delivery_id"),)
