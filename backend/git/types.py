"""GraphQL types of git repositories, branches and commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.core.resolvers import AppInfo
from backend.core.rows import FromRow, from_row
from backend.git import loaders, service
from backend.git.models import Provider

strawberry.enum(Provider, name="GitProvider", description="Where a git repository is hosted.")


@strawberry.type(
    description="A git repository whose pushes are recorded (its secret is never shown)."
)
class GitRepository:
    id: strawberry.ID
    project_id: strawberry.ID | None
    provider: Provider
    full_name: str
    linked_by_id: strawberry.ID | None
    created_at: datetime

    @strawberry.field(description="Where the provider delivers push events.")
    def webhook_url(self) -> str:
        return service.webhook_url(self.id)

    @classmethod
    def from_model(cls, row: Any) -> GitRepository:
        return from_row(cls, row)


@strawberry.type(
    description="A repository just linked, with its webhook URL and secret: the secret is shown "
    "only in this answer; enter both in the provider's webhook settings (content type JSON)."
)
class LinkedGitRepository:
    repository: GitRepository
    webhook_url: str
    secret: str

    @classmethod
    def from_model(cls, linked: service.LinkedRepository) -> LinkedGitRepository:
        return cls(
            repository=GitRepository.from_model(linked.repository),
            webhook_url=linked.webhook_url,
            secret=linked.secret,
        )


@strawberry.type(description="A branch of a linked repository, as of its last push.")
class GitBranch(FromRow):
    id: strawberry.ID
    repository_id: strawberry.ID
    name: str
    head_sha: str
    pushed_at: datetime


@strawberry.type(description="A commit a push brought, and the tasks it is linked to.")
class GitCommit(FromRow):
    id: strawberry.ID
    repository_id: strawberry.ID
    sha: str
    message: str
    author_name: str
    author_email: str | None
    url: str | None
    committed_at: datetime

    @strawberry.field(description="The tasks the commit mentions or was linked to.")
    async def task_ids(self, info: AppInfo) -> list[strawberry.ID]:
        ids = await info.context.loaders.get(loaders.task_ids_by_commit).load(str(self.id))
        return [strawberry.ID(i) for i in ids]
