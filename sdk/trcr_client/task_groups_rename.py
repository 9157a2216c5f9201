from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskGroupFields


class TaskGroupsRename(BaseModel):
    task_groups_rename: "TaskGroupsRenameTaskGroupsRename" = Field(
        alias="taskGroupsRename"
    )


class TaskGroupsRenameTaskGroupsRename(BaseModel):
    result: Optional["TaskGroupsRenameTaskGroupsRenameResult"]
    errors: list["TaskGroupsRenameTaskGroupsRenameErrors"]


TaskGroupsRenameTaskGroupsRenameResult = TaskGroupFields


class TaskGroupsRenameTaskGroupsRenameErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskGroupsRename.model_rebuild()
TaskGroupsRenameTaskGroupsRename.model_rebuild()
