from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeStopTimer(BaseModel):
    time_stop_timer: "TimeStopTimerTimeStopTimer" = Field(alias="timeStopTimer")


class TimeStopTimerTimeStopTimer(BaseModel):
    result: Optional["TimeStopTimerTimeStopTimerResult"]
    errors: list["TimeStopTimerTimeStopTimerErrors"]


TimeStopTimerTimeStopTimerResult = TimeEntryFields


class TimeStopTimerTimeStopTimerErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeStopTimer.model_rebuild()
TimeStopTimerTimeStopTimer.model_rebuild()
