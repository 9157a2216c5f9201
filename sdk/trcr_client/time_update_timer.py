from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeUpdateTimer(BaseModel):
    time_update_timer: "TimeUpdateTimerTimeUpdateTimer" = Field(alias="timeUpdateTimer")


class TimeUpdateTimerTimeUpdateTimer(BaseModel):
    result: Optional["TimeUpdateTimerTimeUpdateTimerResult"]
    errors: list["TimeUpdateTimerTimeUpdateTimerErrors"]


TimeUpdateTimerTimeUpdateTimerResult = TimeEntryFields


class TimeUpdateTimerTimeUpdateTimerErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeUpdateTimer.model_rebuild()
TimeUpdateTimerTimeUpdateTimer.model_rebuild()
