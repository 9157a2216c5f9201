from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksLabelsAdd(BaseModel):
    tasks_labels_add: "TasksLabelsAddTasksLabelsAdd" = Field(alias="tasksLabelsAdd")


class TasksLabelsAddTasksLabelsAdd(BaseModel):
    result: Optional["TasksLabelsAddTasksLabelsAddResult"]
    errors: list["TasksLabelsAddTasksLabelsAddErrors"]


TasksLabelsAddTasksLabelsAddResult = TaskFields


class TasksLabelsAddTasksLabelsAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksLabelsAdd.model_rebuild()
TasksLabelsAddTasksLabelsAdd.model_rebuild()
