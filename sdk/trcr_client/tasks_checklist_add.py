from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChecklistItemFields


class TasksChecklistAdd(BaseModel):
    tasks_checklist_add: "TasksChecklistAddTasksChecklistAdd" = Field(
        alias="tasksChecklistAdd"
    )


class TasksChecklistAddTasksChecklistAdd(BaseModel):
    result: Optional["TasksChecklistAddTasksChecklistAddResult"]
    errors: list["TasksChecklistAddTasksChecklistAddErrors"]


TasksChecklistAddTasksChecklistAddResult = ChecklistItemFields


class TasksChecklistAddTasksChecklistAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksChecklistAdd.model_rebuild()
TasksChecklistAddTasksChecklistAdd.model_rebuild()
