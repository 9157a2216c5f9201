from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import GitRepositoryFields


class GitRepositoriesList(BaseModel):
    git_repositories_list: "GitRepositoriesListGitRepositoriesList" = Field(
        alias="gitRepositoriesList"
    )


class GitRepositoriesListGitRepositoriesList(BaseModel):
    items: list["GitRepositoriesListGitRepositoriesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


GitRepositoriesListGitRepositoriesListItems = GitRepositoryFields
GitRepositoriesList.model_rebuild()
GitRepositoriesListGitRepositoriesList.model_rebuild()
