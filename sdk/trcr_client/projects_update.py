from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectFields


class ProjectsUpdate(BaseModel):
    projects_update: "ProjectsUpdateProjectsUpdate" = Field(alias="projectsUpdate")


class ProjectsUpdateProjectsUpdate(BaseModel):
    result: Optional["ProjectsUpdateProjectsUpdateResult"]
    errors: list["ProjectsUpdateProjectsUpdateErrors"]


ProjectsUpdateProjectsUpdateResult = ProjectFields


class ProjectsUpdateProjectsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsUpdate.model_rebuild()
ProjectsUpdateProjectsUpdate.model_rebuild()
