from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskRecurrenceFields


class TaskRecurrencesUpdate(BaseModel):
    task_recurrences_update: "TaskRecurrencesUpdateTaskRecurrencesUpdate" = Field(
        alias="taskRecurrencesUpdate"
    )


class TaskRecurrencesUpdateTaskRecurrencesUpdate(BaseModel):
    result: Optional["TaskRecurrencesUpdateTaskRecurrencesUpdateResult"]
    errors: list["TaskRecurrencesUpdateTaskRecurrencesUpdateErrors"]


TaskRecurrencesUpdateTaskRecurrencesUpdateResult = TaskRecurrenceFields


class TaskRecurrencesUpdateTaskRecurrencesUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskRecurrencesUpdate.model_rebuild()
TaskRecurrencesUpdateTaskRecurrencesUpdate.model_rebuild()
