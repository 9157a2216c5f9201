from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import MemberFields


class MembersUpdateRole(BaseModel):
    members_update_role: "MembersUpdateRoleMembersUpdateRole" = Field(
        alias="membersUpdateRole"
    )


class MembersUpdateRoleMembersUpdateRole(BaseModel):
    result: Optional["MembersUpdateRoleMembersUpdateRoleResult"]
    errors: list["MembersUpdateRoleMembersUpdateRoleErrors"]


MembersUpdateRoleMembersUpdateRoleResult = MemberFields


class MembersUpdateRoleMembersUpdateRoleErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MembersUpdateRole.model_rebuild()
MembersUpdateRoleMembersUpdateRole.model_rebuild()
