from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeEntriesCreate(BaseModel):
    time_entries_create: "TimeEntriesCreateTimeEntriesCreate" = Field(
        alias="timeEntriesCreate"
    )


class TimeEntriesCreateTimeEntriesCreate(BaseModel):
    result: Optional["TimeEntriesCreateTimeEntriesCreateResult"]
    errors: list["TimeEntriesCreateTimeEntriesCreateErrors"]


TimeEntriesCreateTimeEntriesCreateResult = TimeEntryFields


class TimeEntriesCreateTimeEntriesCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeEntriesCreate.model_rebuild()
TimeEntriesCreateTimeEntriesCreate.model_rebuild()
