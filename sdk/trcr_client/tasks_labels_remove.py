from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksLabelsRemove(BaseModel):
    tasks_labels_remove: "TasksLabelsRemoveTasksLabelsRemove" = Field(
        alias="tasksLabelsRemove"
    )


class TasksLabelsRemoveTasksLabelsRemove(BaseModel):
    result: Optional["TasksLabelsRemoveTasksLabelsRemoveResult"]
    errors: list["TasksLabelsRemoveTasksLabelsRemoveErrors"]


TasksLabelsRemoveTasksLabelsRemoveResult = TaskFields


class TasksLabelsRemoveTasksLabelsRemoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksLabelsRemove.model_rebuild()
TasksLabelsRemoveTasksLabelsRemove.model_rebuild()
