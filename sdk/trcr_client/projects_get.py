from pydantic import Field

from .base_model import BaseModel
from .fragments import ProjectFields


class ProjectsGet(BaseModel):
    projects_get: "ProjectsGetProjectsGet" = Field(alias="projectsGet")


ProjectsGetProjectsGet = ProjectFields
ProjectsGet.model_rebuild()
