from datetime import date, datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class TaskRecurrencesOccurrencesList(BaseModel):
    task_recurrences_occurrences_list: "TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesList" = Field(
        alias="taskRecurrencesOccurrencesList"
    )


class TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesList(BaseModel):
    items: list["TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


class TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesListItems(BaseModel):
    id: str
    recurrence_id: str = Field(alias="recurrenceId")
    occurrence_key: str = Field(alias="occurrenceKey")
    due_on: date = Field(alias="dueOn")
    task_id: Optional[str] = Field(alias="taskId")
    task: Optional[
        "TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesListItemsTask"
    ]
    created_at: datetime = Field(alias="createdAt")


class TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesListItemsTask(BaseModel):
    id: str
    key: str
    title: str
    due_date: Optional[date] = Field(alias="dueDate")
    completed_at: Optional[datetime] = Field(alias="completedAt")


TaskRecurrencesOccurrencesList.model_rebuild()
TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesList.model_rebuild()
TaskRecurrencesOccurrencesListTaskRecurrencesOccurrencesListItems.model_rebuild()
