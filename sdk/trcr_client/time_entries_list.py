from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import TimeEntryFields


class TimeEntriesList(BaseModel):
    time_entries_list: "TimeEntriesListTimeEntriesList" = Field(alias="timeEntriesList")


class TimeEntriesListTimeEntriesList(BaseModel):
    items: list["TimeEntriesListTimeEntriesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


TimeEntriesListTimeEntriesListItems = TimeEntryFields
TimeEntriesList.model_rebuild()
TimeEntriesListTimeEntriesList.model_rebuild()
