"""Git arguments that recur across service signatures."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from backend.core.arguments import Doc, Id

RepositoryId: TypeAlias = Annotated[Id, Doc("The repository's id (from git_repositories_list).")]
CommitId: TypeAlias = Annotated[Id, Doc("The commit's id (from git_commits_list), not its sha.")]
