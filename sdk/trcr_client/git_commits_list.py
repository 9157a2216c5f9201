from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import GitCommitFields


class GitCommitsList(BaseModel):
    git_commits_list: "GitCommitsListGitCommitsList" = Field(alias="gitCommitsList")


class GitCommitsListGitCommitsList(BaseModel):
    items: list["GitCommitsListGitCommitsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


GitCommitsListGitCommitsListItems = GitCommitFields
GitCommitsList.model_rebuild()
GitCommitsListGitCommitsList.model_rebuild()
