from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeEntriesDelete(BaseModel):
    time_entries_delete: "TimeEntriesDeleteTimeEntriesDelete" = Field(
        alias="timeEntriesDelete"
    )


class TimeEntriesDeleteTimeEntriesDelete(BaseModel):
    result: Optional["TimeEntriesDeleteTimeEntriesDeleteResult"]
    errors: list["TimeEntriesDeleteTimeEntriesDeleteErrors"]


TimeEntriesDeleteTimeEntriesDeleteResult = TimeEntryFields


class TimeEntriesDeleteTimeEntriesDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeEntriesDelete.model_rebuild()
TimeEntriesDeleteTimeEntriesDelete.model_rebuild()
