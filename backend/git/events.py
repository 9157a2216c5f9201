"""Git events: a repository tied to a Space is seen with the Space; the organization's by everyone."""

from __future__ import annotations

from backend.core.event_types import EventType


class GitRepositoryEvent(EventType):
    LINKED = "git_repository.linked", "A git repository was linked."
    UNLINKED = "git_repository.unlinked", "A git repository was unlinked, with its commits."


class GitBranchEvent(EventType):
    PUSHED = "git_branch.pushed", "A push moved (or created) a branch."
    DELETED = "git_branch.deleted", "A push deleted a branch."


class GitCommitEvent(EventType):
    PUSHED = "git_commit.pushed", "A push brought a commit not seen before."
    TASK_LINKED = "git_commit.task_linked", "A commit was linked to a task."
