from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskStatusFields


class TaskStatusesDelete(BaseModel):
    task_statuses_delete: "TaskStatusesDeleteTaskStatusesDelete" = Field(
        alias="taskStatusesDelete"
    )


class TaskStatusesDeleteTaskStatusesDelete(BaseModel):
    result: Optional["TaskStatusesDeleteTaskStatusesDeleteResult"]
    errors: list["TaskStatusesDeleteTaskStatusesDeleteErrors"]


TaskStatusesDeleteTaskStatusesDeleteResult = TaskStatusFields


class TaskStatusesDeleteTaskStatusesDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskStatusesDelete.model_rebuild()
TaskStatusesDeleteTaskStatusesDelete.model_rebuild()
