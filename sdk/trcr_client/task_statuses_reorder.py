from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskStatusFields


class TaskStatusesReorder(BaseModel):
    task_statuses_reorder: "TaskStatusesReorderTaskStatusesReorder" = Field(
        alias="taskStatusesReorder"
    )


class TaskStatusesReorderTaskStatusesReorder(BaseModel):
    result: Optional[list["TaskStatusesReorderTaskStatusesReorderResult"]]
    errors: list["TaskStatusesReorderTaskStatusesReorderErrors"]


TaskStatusesReorderTaskStatusesReorderResult = TaskStatusFields


class TaskStatusesReorderTaskStatusesReorderErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskStatusesReorder.model_rebuild()
TaskStatusesReorderTaskStatusesReorder.model_rebuild()
