from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskCommentFields


class TasksCommentsUpdate(BaseModel):
    tasks_comments_update: "TasksCommentsUpdateTasksCommentsUpdate" = Field(
        alias="tasksCommentsUpdate"
    )


class TasksCommentsUpdateTasksCommentsUpdate(BaseModel):
    result: Optional["TasksCommentsUpdateTasksCommentsUpdateResult"]
    errors: list["TasksCommentsUpdateTasksCommentsUpdateErrors"]


TasksCommentsUpdateTasksCommentsUpdateResult = TaskCommentFields


class TasksCommentsUpdateTasksCommentsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksCommentsUpdate.model_rebuild()
TasksCommentsUpdateTasksCommentsUpdate.model_rebuild()
