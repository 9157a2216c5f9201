from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksUnassign(BaseModel):
    tasks_unassign: "TasksUnassignTasksUnassign" = Field(alias="tasksUnassign")


class TasksUnassignTasksUnassign(BaseModel):
    result: Optional["TasksUnassignTasksUnassignResult"]
    errors: list["TasksUnassignTasksUnassignErrors"]


TasksUnassignTasksUnassignResult = TaskFields


class TasksUnassignTasksUnassignErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksUnassign.model_rebuild()
TasksUnassignTasksUnassign.model_rebuild()
