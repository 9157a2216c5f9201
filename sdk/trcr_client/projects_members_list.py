from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ProjectMemberFields


class ProjectsMembersList(BaseModel):
    projects_members_list: "ProjectsMembersListProjectsMembersList" = Field(
        alias="projectsMembersList"
    )


class ProjectsMembersListProjectsMembersList(BaseModel):
    items: list["ProjectsMembersListProjectsMembersListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


ProjectsMembersListProjectsMembersListItems = ProjectMemberFields
ProjectsMembersList.model_rebuild()
ProjectsMembersListProjectsMembersList.model_rebuild()
