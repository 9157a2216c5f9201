from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import InvitationFields


class MembersInvitationsList(BaseModel):
    members_invitations_list: "MembersInvitationsListMembersInvitationsList" = Field(
        alias="membersInvitationsList"
    )


class MembersInvitationsListMembersInvitationsList(BaseModel):
    items: list["MembersInvitationsListMembersInvitationsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


MembersInvitationsListMembersInvitationsListItems = InvitationFields
MembersInvitationsList.model_rebuild()
MembersInvitationsListMembersInvitationsList.model_rebuild()
