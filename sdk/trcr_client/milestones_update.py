from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import MilestoneFields


class MilestonesUpdate(BaseModel):
    milestones_update: "MilestonesUpdateMilestonesUpdate" = Field(
        alias="milestonesUpdate"
    )


class MilestonesUpdateMilestonesUpdate(BaseModel):
    result: Optional["MilestonesUpdateMilestonesUpdateResult"]
    errors: list["MilestonesUpdateMilestonesUpdateErrors"]


MilestonesUpdateMilestonesUpdateResult = MilestoneFields


class MilestonesUpdateMilestonesUpdateErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MilestonesUpdate.model_rebuild()
MilestonesUpdateMilestonesUpdate.model_rebuild()
