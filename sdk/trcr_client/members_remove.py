from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import MemberFields


class MembersRemove(BaseModel):
    members_remove: "MembersRemoveMembersRemove" = Field(alias="membersRemove")


class MembersRemoveMembersRemove(BaseModel):
    result: Optional["MembersRemoveMembersRemoveResult"]
    errors: list["MembersRemoveMembersRemoveErrors"]


MembersRemoveMembersRemoveResult = MemberFields


class MembersRemoveMembersRemoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MembersRemove.model_rebuild()
MembersRemoveMembersRemove.model_rebuild()
