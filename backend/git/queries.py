"""Git reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection
from backend.git import service
from backend.git.types import GitBranch, GitCommit, GitRepository


@strawberry.type
class GitQuery:
    git_repositories_list = connection(
        service.list_repositories,
        GitRepository,
        description="Linked git repositories: the organization's and those of Spaces you can read.",
    )
    git_branches_list = connection(
        service.list_branches, GitBranch, description="A repository's branches, by name."
    )
    git_commits_list = connection(
        service.list_commits,
        GitCommit,
        description="Commits of the repositories you can see, newest first; filter by "
        "repository, task or branch.",
    )
