from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskGroupFields


class TaskGroupsReorder(BaseModel):
    task_groups_reorder: "TaskGroupsReorderTaskGroupsReorder" = Field(
        alias="taskGroupsReorder"
    )


class TaskGroupsReorderTaskGroupsReorder(BaseModel):
    result: Optional[list["TaskGroupsReorderTaskGroupsReorderResult"]]
    errors: list["TaskGroupsReorderTaskGroupsReorderErrors"]


TaskGroupsReorderTaskGroupsReorderResult = TaskGroupFields


class TaskGroupsReorderTaskGroupsReorderErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskGroupsReorder.model_rebuild()
TaskGroupsReorderTaskGroupsReorder.model_rebuild()
