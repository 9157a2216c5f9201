from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class GitBranchesList(BaseModel):
    git_branches_list: "GitBranchesListGitBranchesList" = Field(alias="gitBranchesList")


class GitBranchesListGitBranchesList(BaseModel):
    items: list["GitBranchesListGitBranchesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


class GitBranchesListGitBranchesListItems(BaseModel):
    id: str
    repository_id: str = Field(alias="repositoryId")
    name: str
    head_sha: str = Field(alias="headSha")
    pushed_at: datetime = Field(alias="pushedAt")


GitBranchesList.model_rebuild()
GitBranchesListGitBranchesList.model_rebuild()
