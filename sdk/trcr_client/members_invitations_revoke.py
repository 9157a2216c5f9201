from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import InvitationFields


class MembersInvitationsRevoke(BaseModel):
    members_invitations_revoke: "MembersInvitationsRevokeMembersInvitationsRevoke" = (
        Field(alias="membersInvitationsRevoke")
    )


class MembersInvitationsRevokeMembersInvitationsRevoke(BaseModel):
    result: Optional["MembersInvitationsRevokeMembersInvitationsRevokeResult"]
    errors: list["MembersInvitationsRevokeMembersInvitationsRevokeErrors"]


MembersInvitationsRevokeMembersInvitationsRevokeResult = InvitationFields


class MembersInvitationsRevokeMembersInvitationsRevokeErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MembersInvitationsRevoke.model_rebuild()
MembersInvitationsRevokeMembersInvitationsRevoke.model_rebuild()
