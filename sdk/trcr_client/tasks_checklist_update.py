from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChecklistItemFields


class TasksChecklistUpdate(BaseModel):
    tasks_checklist_update: "TasksChecklistUpdateTasksChecklistUpdate" = Field(
        alias="tasksChecklistUpdate"
    )


class TasksChecklistUpdateTasksChecklistUpdate(BaseModel):
    result: Optional["TasksChecklistUpdateTasksChecklistUpdateResult"]
    errors: list["TasksChecklistUpdateTasksChecklistUpdateErrors"]


TasksChecklistUpdateTasksChecklistUpdateResult = ChecklistItemFields


class TasksChecklistUpdateTasksChecklistUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksChecklistUpdate.model_rebuild()
TasksChecklistUpdateTasksChecklistUpdate.model_rebuild()
