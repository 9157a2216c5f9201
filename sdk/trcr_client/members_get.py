from datetime import datetime

from pydantic import Field

from .base_model import BaseModel
from .enums import Role


class MembersGet(BaseModel):
    members_get: "MembersGetMembersGet" = Field(alias="membersGet")


class MembersGetMembersGet(BaseModel):
    user_id: str = Field(alias="userId")
    role: Role
    joined_at: datetime = Field(alias="joinedAt")
    user: "MembersGetMembersGetUser"


class MembersGetMembersGetUser(BaseModel):
    id: str
    name: str
    email: str


MembersGet.model_rebuild()
MembersGetMembersGet.model_rebuild()
