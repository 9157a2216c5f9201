from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeEntriesUpdate(BaseModel):
    time_entries_update: "TimeEntriesUpdateTimeEntriesUpdate" = Field(
        alias="timeEntriesUpdate"
    )


class TimeEntriesUpdateTimeEntriesUpdate(BaseModel):
    result: Optional["TimeEntriesUpdateTimeEntriesUpdateResult"]
    errors: list["TimeEntriesUpdateTimeEntriesUpdateErrors"]


TimeEntriesUpdateTimeEntriesUpdateResult = TimeEntryFields


class TimeEntriesUpdateTimeEntriesUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeEntriesUpdate.model_rebuild()
TimeEntriesUpdateTimeEntriesUpdate.model_rebuild()
