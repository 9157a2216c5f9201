from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import LabelFields


class LabelsDelete(BaseModel):
    labels_delete: "LabelsDeleteLabelsDelete" = Field(alias="labelsDelete")


class LabelsDeleteLabelsDelete(BaseModel):
    result: Optional["LabelsDeleteLabelsDeleteResult"]
    errors: list["LabelsDeleteLabelsDeleteErrors"]


LabelsDeleteLabelsDeleteResult = LabelFields


class LabelsDeleteLabelsDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


LabelsDelete.model_rebuild()
LabelsDeleteLabelsDelete.model_rebuild()
