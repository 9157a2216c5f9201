from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectFields


class ProjectsCreate(BaseModel):
    projects_create: "ProjectsCreateProjectsCreate" = Field(alias="projectsCreate")


class ProjectsCreateProjectsCreate(BaseModel):
    result: Optional["ProjectsCreateProjectsCreateResult"]
    errors: list["ProjectsCreateProjectsCreateErrors"]


ProjectsCreateProjectsCreateResult = ProjectFields


class ProjectsCreateProjectsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsCreate.model_rebuild()
ProjectsCreateProjectsCreate.model_rebuild()
