from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksDelete(BaseModel):
    tasks_delete: "TasksDeleteTasksDelete" = Field(alias="tasksDelete")


class TasksDeleteTasksDelete(BaseModel):
    result: Optional["TasksDeleteTasksDeleteResult"]
    errors: list["TasksDeleteTasksDeleteErrors"]


TasksDeleteTasksDeleteResult = TaskFields


class TasksDeleteTasksDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksDelete.model_rebuild()
TasksDeleteTasksDelete.model_rebuild()
