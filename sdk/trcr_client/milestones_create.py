from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import MilestoneFields


class MilestonesCreate(BaseModel):
    milestones_create: "MilestonesCreateMilestonesCreate" = Field(
        alias="milestonesCreate"
    )


class MilestonesCreateMilestonesCreate(BaseModel):
    result: Optional["MilestonesCreateMilestonesCreateResult"]
    errors: list["MilestonesCreateMilestonesCreateErrors"]


MilestonesCreateMilestonesCreateResult = MilestoneFields


class MilestonesCreateMilestonesCreateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MilestonesCreate.model_rebuild()
MilestonesCreateMilestonesCreate.model_rebuild()
