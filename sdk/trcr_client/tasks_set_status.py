from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksSetStatus(BaseModel):
    tasks_set_status: "TasksSetStatusTasksSetStatus" = Field(alias="tasksSetStatus")


class TasksSetStatusTasksSetStatus(BaseModel):
    result: Optional["TasksSetStatusTasksSetStatusResult"]
    errors: list["TasksSetStatusTasksSetStatusErrors"]


TasksSetStatusTasksSetStatusResult = TaskFields


class TasksSetStatusTasksSetStatusErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksSetStatus.model_rebuild()
TasksSetStatusTasksSetStatus.model_rebuild()
