from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import TaskCommentFields


class TasksCommentsAdd(BaseModel):
    tasks_comments_add: "TasksCommentsAddTasksCommentsAdd" = Field(
        alias="tasksCommentsAdd"
    )


class TasksCommentsAddTasksCommentsAdd(BaseModel):
    result: Optional["TasksCommentsAddTasksCommentsAddResult"]
    errors: list["TasksCommentsAddTasksCommentsAddErrors"]


TasksCommentsAddTasksCommentsAddResult = TaskCommentFields


class TasksCommentsAddTasksCommentsAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksCommentsAdd.model_rebuild()
TasksCommentsAddTasksCommentsAdd.model_rebuild()
