from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import GitRepositoryFields


class GitRepositoriesUnlink(BaseModel):
    git_repositories_unlink: "GitRepositoriesUnlinkGitRepositoriesUnlink" = Field(
        alias="gitRepositoriesUnlink"
    )


class GitRepositoriesUnlinkGitRepositoriesUnlink(BaseModel):
    result: Optional["GitRepositoriesUnlinkGitRepositoriesUnlinkResult"]
    errors: list["GitRepositoriesUnlinkGitRepositoriesUnlinkErrors"]


GitRepositoriesUnlinkGitRepositoriesUnlinkResult = GitRepositoryFields


class GitRepositoriesUnlinkGitRepositoriesUnlinkErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


GitRepositoriesUnlink.model_rebuild()
GitRepositoriesUnlinkGitRepositoriesUnlink.model_rebuild()
