from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode


class TasksDependenciesRemove(BaseModel):
    tasks_dependencies_remove: "TasksDependenciesRemoveTasksDependenciesRemove" = Field(
        alias="tasksDependenciesRemove"
    )


class TasksDependenciesRemoveTasksDependenciesRemove(BaseModel):
    result: Optional["TasksDependenciesRemoveTasksDependenciesRemoveResult"]
    errors: list["TasksDependenciesRemoveTasksDependenciesRemoveErrors"]


class TasksDependenciesRemoveTasksDependenciesRemoveResult(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    depends_on_task_id: str = Field(alias="dependsOnTaskId")


class TasksDependenciesRemoveTasksDependenciesRemoveErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksDependenciesRemove.model_rebuild()
TasksDependenciesRemoveTasksDependenciesRemove.model_rebuild()
