from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TimeEntryFields


class TimeDiscardTimer(BaseModel):
    time_discard_timer: "TimeDiscardTimerTimeDiscardTimer" = Field(
        alias="timeDiscardTimer"
    )


class TimeDiscardTimerTimeDiscardTimer(BaseModel):
    result: Optional["TimeDiscardTimerTimeDiscardTimerResult"]
    errors: list["TimeDiscardTimerTimeDiscardTimerErrors"]


TimeDiscardTimerTimeDiscardTimerResult = TimeEntryFields


class TimeDiscardTimerTimeDiscardTimerErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TimeDiscardTimer.model_rebuild()
TimeDiscardTimerTimeDiscardTimer.model_rebuild()
