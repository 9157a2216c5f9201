from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import GitCommitFields


class GitCommitsLinkTask(BaseModel):
    git_commits_link_task: "GitCommitsLinkTaskGitCommitsLinkTask" = Field(
        alias="gitCommitsLinkTask"
    )


class GitCommitsLinkTaskGitCommitsLinkTask(BaseModel):
    result: Optional["GitCommitsLinkTaskGitCommitsLinkTaskResult"]
    errors: list["GitCommitsLinkTaskGitCommitsLinkTaskErrors"]


GitCommitsLinkTaskGitCommitsLinkTaskResult = GitCommitFields


class GitCommitsLinkTaskGitCommitsLinkTaskErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


GitCommitsLinkTask.model_rebuild()
GitCommitsLinkTaskGitCommitsLinkTask.model_rebuild()
