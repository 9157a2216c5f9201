from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode
from .fragments import MilestoneFields


class MilestonesDelete(BaseModel):
    milestones_delete: "MilestonesDeleteMilestonesDelete" = Field(
        alias="milestonesDelete"
    )


class MilestonesDeleteMilestonesDelete(BaseModel):
    result: Optional["MilestonesDeleteMilestonesDeleteResult"]
    errors: list["MilestonesDeleteMilestonesDeleteErrors"]


MilestonesDeleteMilestonesDeleteResult = MilestoneFields


class MilestonesDeleteMilestonesDeleteErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MilestonesDelete.model_rebuild()
MilestonesDeleteMilestonesDelete.model_rebuild()
