from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskGroupFields


class TaskGroupsDelete(BaseModel):
    task_groups_delete: "TaskGroupsDeleteTaskGroupsDelete" = Field(
        alias="taskGroupsDelete"
    )


class TaskGroupsDeleteTaskGroupsDelete(BaseModel):
    result: Optional["TaskGroupsDeleteTaskGroupsDeleteResult"]
    errors: list["TaskGroupsDeleteTaskGroupsDeleteErrors"]


TaskGroupsDeleteTaskGroupsDeleteResult = TaskGroupFields


class TaskGroupsDeleteTaskGroupsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskGroupsDelete.model_rebuild()
TaskGroupsDeleteTaskGroupsDelete.model_rebuild()
