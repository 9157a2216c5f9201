from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import GitRepositoryFields


class GitRepositoriesLink(BaseModel):
    git_repositories_link: "GitRepositoriesLinkGitRepositoriesLink" = Field(
        alias="gitRepositoriesLink"
    )


class GitRepositoriesLinkGitRepositoriesLink(BaseModel):
    result: Optional["GitRepositoriesLinkGitRepositoriesLinkResult"]
    errors: list["GitRepositoriesLinkGitRepositoriesLinkErrors"]


class GitRepositoriesLinkGitRepositoriesLinkResult(BaseModel):
    repository: "GitRepositoriesLinkGitRepositoriesLinkResultRepository"
    webhook_url: str = Field(alias="webhookUrl")
    secret: str


GitRepositoriesLinkGitRepositoriesLinkResultRepository = GitRepositoryFields


class GitRepositoriesLinkGitRepositoriesLinkErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


GitRepositoriesLink.model_rebuild()
GitRepositoriesLinkGitRepositoriesLink.model_rebuild()
GitRepositoriesLinkGitRepositoriesLinkResult.model_rebuild()
