from typing import Optional

from .base_model import BaseModel
from .fragments import TimeEntryFields


class TimeCurrentTimer(BaseModel):
    timer: Optional["TimeCurrentTimerTimer"]


TimeCurrentTimerTimer = TimeEntryFields
TimeCurrentTimer.model_rebuild()
