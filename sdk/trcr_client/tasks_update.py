from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksUpdate(BaseModel):
    tasks_update: "TasksUpdateTasksUpdate" = Field(alias="tasksUpdate")


class TasksUpdateTasksUpdate(BaseModel):
    result: Optional["TasksUpdateTasksUpdateResult"]
    errors: list["TasksUpdateTasksUpdateErrors"]


TasksUpdateTasksUpdateResult = TaskFields


class TasksUpdateTasksUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksUpdate.model_rebuild()
TasksUpdateTasksUpdate.model_rebuild()
