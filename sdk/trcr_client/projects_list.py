from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ProjectFields


class ProjectsList(BaseModel):
    projects_list: "ProjectsListProjectsList" = Field(alias="projectsList")


class ProjectsListProjectsList(BaseModel):
    items: list["ProjectsListProjectsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


ProjectsListProjectsListItems = ProjectFields
ProjectsList.model_rebuild()
ProjectsListProjectsList.model_rebuild()
