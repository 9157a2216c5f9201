from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectFields


class ProjectsArchive(BaseModel):
    projects_archive: "ProjectsArchiveProjectsArchive" = Field(alias="projectsArchive")


class ProjectsArchiveProjectsArchive(BaseModel):
    result: Optional["ProjectsArchiveProjectsArchiveResult"]
    errors: list["ProjectsArchiveProjectsArchiveErrors"]


ProjectsArchiveProjectsArchiveResult = ProjectFields


class ProjectsArchiveProjectsArchiveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsArchive.model_rebuild()
ProjectsArchiveProjectsArchive.model_rebuild()
