from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class TasksReorder(BaseModel):
    tasks_reorder: "TasksReorderTasksReorder" = Field(alias="tasksReorder")


class TasksReorderTasksReorder(BaseModel):
    result: Optional[list["TasksReorderTasksReorderResult"]]
    errors: list["TasksReorderTasksReorderErrors"]


class TasksReorderTasksReorderResult(BaseModel):
    id: str
    key: str
    title: str
    position: int
    group_id: Optional[str] = Field(alias="groupId")


class TasksReorderTasksReorderErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksReorder.model_rebuild()
TasksReorderTasksReorder.model_rebuild()
