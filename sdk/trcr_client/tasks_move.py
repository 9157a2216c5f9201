from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskFields


class TasksMove(BaseModel):
    tasks_move: "TasksMoveTasksMove" = Field(alias="tasksMove")


class TasksMoveTasksMove(BaseModel):
    result: Optional["TasksMoveTasksMoveResult"]
    errors: list["TasksMoveTasksMoveErrors"]


TasksMoveTasksMoveResult = TaskFields


class TasksMoveTasksMoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksMove.model_rebuild()
TasksMoveTasksMove.model_rebuild()
