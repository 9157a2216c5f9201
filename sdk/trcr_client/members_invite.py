from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvitationFields


class MembersInvite(BaseModel):
    members_invite: "MembersInviteMembersInvite" = Field(alias="membersInvite")


class MembersInviteMembersInvite(BaseModel):
    result: Optional["MembersInviteMembersInviteResult"]
    errors: list["MembersInviteMembersInviteErrors"]


MembersInviteMembersInviteResult = InvitationFields


class MembersInviteMembersInviteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MembersInvite.model_rebuild()
MembersInviteMembersInvite.model_rebuild()
