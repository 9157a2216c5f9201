from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskRecurrenceFields


class TaskRecurrencesCreate(BaseModel):
    task_recurrences_create: "TaskRecurrencesCreateTaskRecurrencesCreate" = Field(
        alias="taskRecurrencesCreate"
    )


class TaskRecurrencesCreateTaskRecurrencesCreate(BaseModel):
    result: Optional["TaskRecurrencesCreateTaskRecurrencesCreateResult"]
    errors: list["TaskRecurrencesCreateTaskRecurrencesCreateErrors"]


TaskRecurrencesCreateTaskRecurrencesCreateResult = TaskRecurrenceFields


class TaskRecurrencesCreateTaskRecurrencesCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskRecurrencesCreate.model_rebuild()
TaskRecurrencesCreateTaskRecurrencesCreate.model_rebuild()
