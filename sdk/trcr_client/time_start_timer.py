from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeStartTimer(BaseModel):
    time_start_timer: "TimeStartTimerTimeStartTimer" = Field(alias="timeStartTimer")


class TimeStartTimerTimeStartTimer(BaseModel):
    result: Optional["TimeStartTimerTimeStartTimerResult"]
    errors: list["TimeStartTimerTimeStartTimerErrors"]


TimeStartTimerTimeStartTimerResult = TimeEntryFields


class TimeStartTimerTimeStartTimerErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeStartTimer.model_rebuild()
TimeStartTimerTimeStartTimer.model_rebuild()
