from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class TasksCommentsDelete(BaseModel):
    tasks_comments_delete: "TasksCommentsDeleteTasksCommentsDelete" = Field(
        alias="tasksCommentsDelete"
    )


class TasksCommentsDeleteTasksCommentsDelete(BaseModel):
    result: Optional["TasksCommentsDeleteTasksCommentsDeleteResult"]
    errors: list["TasksCommentsDeleteTasksCommentsDeleteErrors"]


class TasksCommentsDeleteTasksCommentsDeleteResult(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    body: str
    created_at: datetime = Field(alias="createdAt")
    edited_at: Optional[datetime] = Field(alias="editedAt")


class TasksCommentsDeleteTasksCommentsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksCommentsDelete.model_rebuild()
TasksCommentsDeleteTasksCommentsDelete.model_rebuild()
