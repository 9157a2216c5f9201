from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksAssign(BaseModel):
    tasks_assign: "TasksAssignTasksAssign" = Field(alias="tasksAssign")


class TasksAssignTasksAssign(BaseModel):
    result: Optional["TasksAssignTasksAssignResult"]
    errors: list["TasksAssignTasksAssignErrors"]


TasksAssignTasksAssignResult = TaskFields


class TasksAssignTasksAssignErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksAssign.model_rebuild()
TasksAssignTasksAssign.model_rebuild()
