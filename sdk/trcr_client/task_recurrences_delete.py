from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskRecurrenceFields


class TaskRecurrencesDelete(BaseModel):
    task_recurrences_delete: "TaskRecurrencesDeleteTaskRecurrencesDelete" = Field(
        alias="taskRecurrencesDelete"
    )


class TaskRecurrencesDeleteTaskRecurrencesDelete(BaseModel):
    result: Optional["TaskRecurrencesDeleteTaskRecurrencesDeleteResult"]
    errors: list["TaskRecurrencesDeleteTaskRecurrencesDeleteErrors"]


TaskRecurrencesDeleteTaskRecurrencesDeleteResult = TaskRecurrenceFields


class TaskRecurrencesDeleteTaskRecurrencesDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskRecurrencesDelete.model_rebuild()
TaskRecurrencesDeleteTaskRecurrencesDelete.model_rebuild()
