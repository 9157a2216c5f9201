from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import SearchType


class Search(BaseModel):
    search: "SearchSearch"


class SearchSearch(BaseModel):
    items: list["SearchSearchItems"]
    terms: list[str]


class SearchSearchItems(BaseModel):
    entity_type: SearchType = Field(alias="entityType")
    entity_id: str = Field(alias="entityId")
    title: str
    snippet: str
    rank: float
    project_id: Optional[str] = Field(alias="projectId")
    project_key: Optional[str] = Field(alias="projectKey")
    project_name: Optional[str] = Field(alias="projectName")
    task_id: Optional[str] = Field(alias="taskId")
    channel_id: Optional[str] = Field(alias="channelId")
    client_id: Optional[str] = Field(alias="clientId")


Search.model_rebuild()
SearchSearch.model_rebuild()
