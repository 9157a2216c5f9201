from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectMemberFields


class ProjectsMembersAdd(BaseModel):
    projects_members_add: "ProjectsMembersAddProjectsMembersAdd" = Field(
        alias="projectsMembersAdd"
    )


class ProjectsMembersAddProjectsMembersAdd(BaseModel):
    result: Optional["ProjectsMembersAddProjectsMembersAddResult"]
    errors: list["ProjectsMembersAddProjectsMembersAddErrors"]


ProjectsMembersAddProjectsMembersAddResult = ProjectMemberFields


class ProjectsMembersAddProjectsMembersAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsMembersAdd.model_rebuild()
ProjectsMembersAddProjectsMembersAdd.model_rebuild()
