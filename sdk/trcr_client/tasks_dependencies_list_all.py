from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class TasksDependenciesListAll(BaseModel):
    tasks_dependencies_list_all: "TasksDependenciesListAllTasksDependenciesListAll" = (
        Field(alias="tasksDependenciesListAll")
    )


class TasksDependenciesListAllTasksDependenciesListAll(BaseModel):
    items: list["TasksDependenciesListAllTasksDependenciesListAllItems"]
    total_count: int = Field(alias="totalCount")


class TasksDependenciesListAllTasksDependenciesListAllItems(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    depends_on_task_id: str = Field(alias="dependsOnTaskId")
    task: "TasksDependenciesListAllTasksDependenciesListAllItemsTask"
    depends_on: "TasksDependenciesListAllTasksDependenciesListAllItemsDependsOn" = (
        Field(alias="dependsOn")
    )


class TasksDependenciesListAllTasksDependenciesListAllItemsTask(BaseModel):
    id: str
    key: str
    title: str
    completed_at: Optional[datetime] = Field(alias="completedAt")


class TasksDependenciesListAllTasksDependenciesListAllItemsDependsOn(BaseModel):
    id: str
    key: str
    title: str
    completed_at: Optional[datetime] = Field(alias="completedAt")


TasksDependenciesListAll.model_rebuild()
TasksDependenciesListAllTasksDependenciesListAll.model_rebuild()
TasksDependenciesListAllTasksDependenciesListAllItems.model_rebuild()
