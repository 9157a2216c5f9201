from .base_model import BaseModel
from .fragments import TaskGroupFields


class TaskGroupsList(BaseModel):
    items: list["TaskGroupsListItems"]


TaskGroupsListItems = TaskGroupFields
TaskGroupsList.model_rebuild()
