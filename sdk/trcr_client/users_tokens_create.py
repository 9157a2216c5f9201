from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import AccessTokenFields


class UsersTokensCreate(BaseModel):
    users_tokens_create: "UsersTokensCreateUsersTokensCreate" = Field(
        alias="usersTokensCreate"
    )


class UsersTokensCreateUsersTokensCreate(BaseModel):
    result: Optional["UsersTokensCreateUsersTokensCreateResult"]
    errors: list["UsersTokensCreateUsersTokensCreateErrors"]


class UsersTokensCreateUsersTokensCreateResult(BaseModel):
    token: "UsersTokensCreateUsersTokensCreateResultToken"
    plaintext: str


UsersTokensCreateUsersTokensCreateResultToken = AccessTokenFields


class UsersTokensCreateUsersTokensCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


UsersTokensCreate.model_rebuild()
UsersTokensCreateUsersTokensCreate.model_rebuild()
UsersTokensCreateUsersTokensCreateResult.model_rebuild()
