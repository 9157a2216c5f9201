from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import TaskFields


class TasksList(BaseModel):
    tasks_list: "TasksListTasksList" = Field(alias="tasksList")


class TasksListTasksList(BaseModel):
    items: list["TasksListTasksListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


TasksListTasksListItems = TaskFields
TasksList.model_rebuild()
TasksListTasksList.model_rebuild()
