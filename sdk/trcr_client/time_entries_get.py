from pydantic import Field

from .base_model import BaseModel
from .fragments import TimeEntryFields


class TimeEntriesGet(BaseModel):
    time_entries_get: "TimeEntriesGetTimeEntriesGet" = Field(alias="timeEntriesGet")


TimeEntriesGetTimeEntriesGet = TimeEntryFields
TimeEntriesGet.model_rebuild()
