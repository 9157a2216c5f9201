from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import AccessTokenFields


class UsersTokensList(BaseModel):
    users_tokens_list: "UsersTokensListUsersTokensList" = Field(alias="usersTokensList")


class UsersTokensListUsersTokensList(BaseModel):
    items: list["UsersTokensListUsersTokensListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


UsersTokensListUsersTokensListItems = AccessTokenFields
UsersTokensList.model_rebuild()
UsersTokensListUsersTokensList.model_rebuild()
