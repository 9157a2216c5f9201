from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskGroupFields


class TaskGroupsCreate(BaseModel):
    task_groups_create: "TaskGroupsCreateTaskGroupsCreate" = Field(
        alias="taskGroupsCreate"
    )


class TaskGroupsCreateTaskGroupsCreate(BaseModel):
    result: Optional["TaskGroupsCreateTaskGroupsCreateResult"]
    errors: list["TaskGroupsCreateTaskGroupsCreateErrors"]


TaskGroupsCreateTaskGroupsCreateResult = TaskGroupFields


class TaskGroupsCreateTaskGroupsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TaskGroupsCreate.model_rebuild()
TaskGroupsCreateTaskGroupsCreate.model_rebuild()
