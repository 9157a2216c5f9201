from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import TaskRecurrenceFields


class TaskRecurrencesList(BaseModel):
    task_recurrences_list: "TaskRecurrencesListTaskRecurrencesList" = Field(
        alias="taskRecurrencesList"
    )


class TaskRecurrencesListTaskRecurrencesList(BaseModel):
    items: list["TaskRecurrencesListTaskRecurrencesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


TaskRecurrencesListTaskRecurrencesListItems = TaskRecurrenceFields
TaskRecurrencesList.model_rebuild()
TaskRecurrencesListTaskRecurrencesList.model_rebuild()
