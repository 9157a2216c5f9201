from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import LabelFields


class LabelsCreate(BaseModel):
    labels_create: "LabelsCreateLabelsCreate" = Field(alias="labelsCreate")


class LabelsCreateLabelsCreate(BaseModel):
    result: Optional["LabelsCreateLabelsCreateResult"]
    errors: list["LabelsCreateLabelsCreateErrors"]


LabelsCreateLabelsCreateResult = LabelFields


class LabelsCreateLabelsCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


LabelsCreate.model_rebuild()
LabelsCreateLabelsCreate.model_rebuild()
