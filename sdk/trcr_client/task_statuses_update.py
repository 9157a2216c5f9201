from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskStatusFields


class TaskStatusesUpdate(BaseModel):
    task_statuses_update: "TaskStatusesUpdateTaskStatusesUpdate" = Field(
        alias="taskStatusesUpdate"
    )


class TaskStatusesUpdateTaskStatusesUpdate(BaseModel):
    result: Optional["TaskStatusesUpdateTaskStatusesUpdateResult"]
    errors: list["TaskStatusesUpdateTaskStatusesUpdateErrors"]


TaskStatusesUpdateTaskStatusesUpdateResult = TaskStatusFields


class TaskStatusesUpdateTaskStatusesUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskStatusesUpdate.model_rebuild()
TaskStatusesUpdateTaskStatusesUpdate.model_rebuild()
