from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksCreate(BaseModel):
    tasks_create: "TasksCreateTasksCreate" = Field(alias="tasksCreate")


class TasksCreateTasksCreate(BaseModel):
    result: Optional["TasksCreateTasksCreateResult"]
    errors: list["TasksCreateTasksCreateErrors"]


TasksCreateTasksCreateResult = TaskFields


class TasksCreateTasksCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksCreate.model_rebuild()
TasksCreateTasksCreate.model_rebuild()
