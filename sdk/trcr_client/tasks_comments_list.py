from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import TaskCommentFields


class TasksCommentsList(BaseModel):
    tasks_comments_list: "TasksCommentsListTasksCommentsList" = Field(
        alias="tasksCommentsList"
    )


class TasksCommentsListTasksCommentsList(BaseModel):
    items: list["TasksCommentsListTasksCommentsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


TasksCommentsListTasksCommentsListItems = TaskCommentFields
TasksCommentsList.model_rebuild()
TasksCommentsListTasksCommentsList.model_rebuild()
