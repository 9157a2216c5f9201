from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectFields


class ProjectsDelete(BaseModel):
    projects_delete: "ProjectsDeleteProjectsDelete" = Field(alias="projectsDelete")


class ProjectsDeleteProjectsDelete(BaseModel):
    result: Optional["ProjectsDeleteProjectsDeleteResult"]
    errors: list["ProjectsDeleteProjectsDeleteErrors"]


ProjectsDeleteProjectsDeleteResult = ProjectFields


class ProjectsDeleteProjectsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsDelete.model_rebuild()
ProjectsDeleteProjectsDelete.model_rebuild()
