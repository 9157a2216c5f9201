from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MemberFields


class MembersList(BaseModel):
    members_list: "MembersListMembersList" = Field(alias="membersList")


class MembersListMembersList(BaseModel):
    items: list["MembersListMembersListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


MembersListMembersListItems = MemberFields
MembersList.model_rebuild()
MembersListMembersList.model_rebuild()
