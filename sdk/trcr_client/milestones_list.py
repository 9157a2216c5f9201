from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MilestoneFields


class MilestonesList(BaseModel):
    milestones_list: "MilestonesListMilestonesList" = Field(alias="milestonesList")


class MilestonesListMilestonesList(BaseModel):
    items: list["MilestonesListMilestonesListItems"]
    next_cursor: Optional[str] = Field(alias="nextCursor")
    total_count: int = Field(alias="totalCount")


MilestonesListMilestonesListItems = MilestoneFields
MilestonesList.model_rebuild()
MilestonesListMilestonesList.model_rebuild()
