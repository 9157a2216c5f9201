from pydantic import Field

from .base_model import BaseModel
from .fragments import UserFields


class UsersGet(BaseModel):
    users_get: "UsersGetUsersGet" = Field(alias="usersGet")


UsersGetUsersGet = UserFields
UsersGet.model_rebuild()
