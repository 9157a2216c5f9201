from pydantic import Field

from .base_model import BaseModel
from .fragments import TaskRecurrenceFields


class TaskRecurrencesGet(BaseModel):
    task_recurrences_get: "TaskRecurrencesGetTaskRecurrencesGet" = Field(
        alias="taskRecurrencesGet"
    )


TaskRecurrencesGetTaskRecurrencesGet = TaskRecurrenceFields
TaskRecurrencesGet.model_rebuild()
