from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import AccessTokenFields


class UsersTokensRevoke(BaseModel):
    users_tokens_revoke: "UsersTokensRevokeUsersTokensRevoke" = Field(
        alias="usersTokensRevoke"
    )


class UsersTokensRevokeUsersTokensRevoke(BaseModel):
    result: Optional["UsersTokensRevokeUsersTokensRevokeResult"]
    errors: list["UsersTokensRevokeUsersTokensRevokeErrors"]


UsersTokensRevokeUsersTokensRevokeResult = AccessTokenFields


class UsersTokensRevokeUsersTokensRevokeErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


UsersTokensRevoke.model_rebuild()
UsersTokensRevokeUsersTokensRevoke.model_rebuild()
