from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import Role


class MembersList(BaseModel):
    members_list: "MembersListMembersList" = Field(alias="membersList")


class MembersListMembersList(BaseModel):
    items: list["MembersListMembersListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


class MembersListMembersListItems(BaseModel):
    user_id: str = Field(alias="userId")
    role: Role
    joined_at: datetime = Field(alias="joinedAt")
    user: "MembersListMembersListItemsUser"


class MembersListMembersListItemsUser(BaseModel):
    id: str
    name: str
    email: str


MembersList.model_rebuild()
MembersListMembersList.model_rebuild()
MembersListMembersListItems.model_rebuild()
