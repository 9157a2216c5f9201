from .base_model import BaseModel
from .fragments import TaskStatusFields


class TaskStatusesList(BaseModel):
    items: list["TaskStatusesListItems"]


TaskStatusesListItems = TaskStatusFields
TaskStatusesList.model_rebuild()
