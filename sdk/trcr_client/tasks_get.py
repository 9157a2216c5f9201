from pydantic import Field

from .base_model import BaseModel
from .fragments import TaskFields


class TasksGet(BaseModel):
    tasks_get: "TasksGetTasksGet" = Field(alias="tasksGet")


TasksGetTasksGet = TaskFields
TasksGet.model_rebuild()
