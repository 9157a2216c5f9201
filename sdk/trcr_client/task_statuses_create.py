from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskStatusFields


class TaskStatusesCreate(BaseModel):
    task_statuses_create: "TaskStatusesCreateTaskStatusesCreate" = Field(
        alias="taskStatusesCreate"
    )


class TaskStatusesCreateTaskStatusesCreate(BaseModel):
    result: Optional["TaskStatusesCreateTaskStatusesCreateResult"]
    errors: list["TaskStatusesCreateTaskStatusesCreateErrors"]


TaskStatusesCreateTaskStatusesCreateResult = TaskStatusFields


class TaskStatusesCreateTaskStatusesCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskStatusesCreate.model_rebuild()
TaskStatusesCreateTaskStatusesCreate.model_rebuild()
