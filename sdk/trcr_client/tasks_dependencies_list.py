from pydantic import Field

from .base_model import BaseModel
from .fragments import DependencyTaskFields


class TasksDependenciesList(BaseModel):
    tasks_dependencies_list: "TasksDependenciesListTasksDependenciesList" = Field(
        alias="tasksDependenciesList"
    )


class TasksDependenciesListTasksDependenciesList(BaseModel):
    task: "TasksDependenciesListTasksDependenciesListTask"
    depends_on: list["TasksDependenciesListTasksDependenciesListDependsOn"] = Field(
        alias="dependsOn"
    )
    dependents: list["TasksDependenciesListTasksDependenciesListDependents"]


TasksDependenciesListTasksDependenciesListTask = DependencyTaskFields
TasksDependenciesListTasksDependenciesListDependsOn = DependencyTaskFields
TasksDependenciesListTasksDependenciesListDependents = DependencyTaskFields
TasksDependenciesList.model_rebuild()
TasksDependenciesListTasksDependenciesList.model_rebuild()
