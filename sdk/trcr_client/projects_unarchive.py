from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectFields


class ProjectsUnarchive(BaseModel):
    projects_unarchive: "ProjectsUnarchiveProjectsUnarchive" = Field(
        alias="projectsUnarchive"
    )


class ProjectsUnarchiveProjectsUnarchive(BaseModel):
    result: Optional["ProjectsUnarchiveProjectsUnarchiveResult"]
    errors: list["ProjectsUnarchiveProjectsUnarchiveErrors"]


ProjectsUnarchiveProjectsUnarchiveResult = ProjectFields


class ProjectsUnarchiveProjectsUnarchiveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsUnarchive.model_rebuild()
ProjectsUnarchiveProjectsUnarchive.model_rebuild()
