from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import ChecklistItemFields


class TasksChecklistReorder(BaseModel):
    tasks_checklist_reorder: "TasksChecklistReorderTasksChecklistReorder" = Field(
        alias="tasksChecklistReorder"
    )


class TasksChecklistReorderTasksChecklistReorder(BaseModel):
    result: Optional["TasksChecklistReorderTasksChecklistReorderResult"]
    errors: list["TasksChecklistReorderTasksChecklistReorderErrors"]


class TasksChecklistReorderTasksChecklistReorderResult(BaseModel):
    task_id: str = Field(alias="taskId")
    items: list["TasksChecklistReorderTasksChecklistReorderResultItems"]
    done_count: int = Field(alias="doneCount")
    total_count: int = Field(alias="totalCount")


TasksChecklistReorderTasksChecklistReorderResultItems = ChecklistItemFields


class TasksChecklistReorderTasksChecklistReorderErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


TasksChecklistReorder.model_rebuild()
TasksChecklistReorderTasksChecklistReorder.model_rebuild()
TasksChecklistReorderTasksChecklistReorderResult.model_rebuild()
