from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import LabelFields


class LabelsUpdate(BaseModel):
    labels_update: "LabelsUpdateLabelsUpdate" = Field(alias="labelsUpdate")


class LabelsUpdateLabelsUpdate(BaseModel):
    result: Optional["LabelsUpdateLabelsUpdateResult"]
    errors: list["LabelsUpdateLabelsUpdateErrors"]


LabelsUpdateLabelsUpdateResult = LabelFields


class LabelsUpdateLabelsUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


LabelsUpdate.model_rebuild()
LabelsUpdateLabelsUpdate.model_rebuild()
