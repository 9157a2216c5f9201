from pydantic import Field

from .base_model import BaseModel
from .fragments import ChecklistItemFields


class TasksChecklistList(BaseModel):
    tasks_checklist_list: "TasksChecklistListTasksChecklistList" = Field(
        alias="tasksChecklistList"
    )


class TasksChecklistListTasksChecklistList(BaseModel):
    task_id: str = Field(alias="taskId")
    items: list["TasksChecklistListTasksChecklistListItems"]
    done_count: int = Field(alias="doneCount")
    total_count: int = Field(alias="totalCount")


TasksChecklistListTasksChecklistListItems = ChecklistItemFields
TasksChecklistList.model_rebuild()
TasksChecklistListTasksChecklistList.model_rebuild()
