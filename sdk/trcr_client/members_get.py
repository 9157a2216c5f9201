from pydantic import Field

from .base_model import BaseModel
from .fragments import MemberFields


class MembersGet(BaseModel):
    members_get: "MembersGetMembersGet" = Field(alias="membersGet")


MembersGetMembersGet = MemberFields
MembersGet.model_rebuild()
