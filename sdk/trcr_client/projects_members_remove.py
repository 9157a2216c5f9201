from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ProjectMemberFields


class ProjectsMembersRemove(BaseModel):
    projects_members_remove: "ProjectsMembersRemoveProjectsMembersRemove" = Field(
        alias="projectsMembersRemove"
    )


class ProjectsMembersRemoveProjectsMembersRemove(BaseModel):
    result: Optional["ProjectsMembersRemoveProjectsMembersRemoveResult"]
    errors: list["ProjectsMembersRemoveProjectsMembersRemoveErrors"]


ProjectsMembersRemoveProjectsMembersRemoveResult = ProjectMemberFields


class ProjectsMembersRemoveProjectsMembersRemoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


ProjectsMembersRemove.model_rebuild()
ProjectsMembersRemoveProjectsMembersRemove.model_rebuild()
