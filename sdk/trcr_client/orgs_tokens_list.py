from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import OrganizationTokenFields


class OrgsTokensList(BaseModel):
    orgs_tokens_list: "OrgsTokensListOrgsTokensList" = Field(alias="orgsTokensList")


class OrgsTokensListOrgsTokensList(BaseModel):
    items: list["OrgsTokensListOrgsTokensListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


OrgsTokensListOrgsTokensListItems = OrganizationTokenFields
OrgsTokensList.model_rebuild()
OrgsTokensListOrgsTokensList.model_rebuild()
