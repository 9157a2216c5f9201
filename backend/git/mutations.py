"""Git changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.git import service
from backend.git.types import GitCommit, GitRepository, LinkedGitRepository


@strawberry.type
class GitMutation:
    git_repositories_link = mutation(
        service.link_repository,
        LinkedGitRepository,
        description="Link a GitHub or GitLab repository; returns its webhook URL and secret, once.",
    )
    git_repositories_unlink = mutation(
        service.unlink_repository,
        GitRepository,
        description="Unlink a repository; its branches, commits and their task links are deleted.",
    )
    git_commits_link_task = mutation(
        service.link_commit_task, GitCommit, description="Link a commit to a task by hand."
    )
