from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import UserFields


class UsersUpdateProfile(BaseModel):
    users_update_profile: "UsersUpdateProfileUsersUpdateProfile" = Field(
        alias="usersUpdateProfile"
    )


class UsersUpdateProfileUsersUpdateProfile(BaseModel):
    result: Optional["UsersUpdateProfileUsersUpdateProfileResult"]
    errors: list["UsersUpdateProfileUsersUpdateProfileErrors"]


UsersUpdateProfileUsersUpdateProfileResult = UserFields


class UsersUpdateProfileUsersUpdateProfileErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


UsersUpdateProfile.model_rebuild()
UsersUpdateProfileUsersUpdateProfile.model_rebuild()
