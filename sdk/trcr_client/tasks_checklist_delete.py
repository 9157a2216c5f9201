from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChecklistItemFields


class TasksChecklistDelete(BaseModel):
    tasks_checklist_delete: "TasksChecklistDeleteTasksChecklistDelete" = Field(
        alias="tasksChecklistDelete"
    )


class TasksChecklistDeleteTasksChecklistDelete(BaseModel):
    result: Optional["TasksChecklistDeleteTasksChecklistDeleteResult"]
    errors: list["TasksChecklistDeleteTasksChecklistDeleteErrors"]


TasksChecklistDeleteTasksChecklistDeleteResult = ChecklistItemFields


class TasksChecklistDeleteTasksChecklistDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksChecklistDelete.model_rebuild()
TasksChecklistDeleteTasksChecklistDelete.model_rebuild()
