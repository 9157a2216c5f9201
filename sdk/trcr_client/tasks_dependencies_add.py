from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class TasksDependenciesAdd(BaseModel):
    tasks_dependencies_add: "TasksDependenciesAddTasksDependenciesAdd" = Field(
        alias="tasksDependenciesAdd"
    )


class TasksDependenciesAddTasksDependenciesAdd(BaseModel):
    result: Optional["TasksDependenciesAddTasksDependenciesAddResult"]
    errors: list["TasksDependenciesAddTasksDependenciesAddErrors"]


class TasksDependenciesAddTasksDependenciesAddResult(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    depends_on_task_id: str = Field(alias="dependsOnTaskId")
    task: "TasksDependenciesAddTasksDependenciesAddResultTask"
    depends_on: "TasksDependenciesAddTasksDependenciesAddResultDependsOn" = Field(
        alias="dependsOn"
    )


class TasksDependenciesAddTasksDependenciesAddResultTask(BaseModel):
    id: str
    key: str
    title: str


class TasksDependenciesAddTasksDependenciesAddResultDependsOn(BaseModel):
    id: str
    key: str
    title: str
    completed_at: Optional[datetime] = Field(alias="completedAt")


class TasksDependenciesAddTasksDependenciesAddErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksDependenciesAdd.model_rebuild()
TasksDependenciesAddTasksDependenciesAdd.model_rebuild()
TasksDependenciesAddTasksDependenciesAddResult.model_rebuild()
