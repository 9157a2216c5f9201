from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class TimeEntriesRerate(BaseModel):
    time_entries_rerate: "TimeEntriesRerateTimeEntriesRerate" = Field(
        alias="timeEntriesRerate"
    )


class TimeEntriesRerateTimeEntriesRerate(BaseModel):
    result: Optional["TimeEntriesRerateTimeEntriesRerateResult"]
    errors: list["TimeEntriesRerateTimeEntriesRerateErrors"]


class TimeEntriesRerateTimeEntriesRerateResult(BaseModel):
    examined_count: int = Field(alias="examinedCount")
    changed_count: int = Field(alias="changedCount")


class TimeEntriesRerateTimeEntriesRerateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeEntriesRerate.model_rebuild()
TimeEntriesRerateTimeEntriesRerate.model_rebuild()
