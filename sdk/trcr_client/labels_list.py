from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import LabelFields


class LabelsList(BaseModel):
    labels_list: "LabelsListLabelsList" = Field(alias="labelsList")


class LabelsListLabelsList(BaseModel):
    items: list["LabelsListLabelsListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


LabelsListLabelsListItems = LabelFields
LabelsList.model_rebuild()
LabelsListLabelsList.model_rebuild()
