from datetime import datetime
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import ErrorCode, Role


class MembersUpdateRates(BaseModel):
    members_update_rates: "MembersUpdateRatesMembersUpdateRates" = Field(
        alias="membersUpdateRates"
    )


class MembersUpdateRatesMembersUpdateRates(BaseModel):
    result: Optional["MembersUpdateRatesMembersUpdateRatesResult"]
    errors: list["MembersUpdateRatesMembersUpdateRatesErrors"]


class MembersUpdateRatesMembersUpdateRatesResult(BaseModel):
    user_id: str = Field(alias="userId")
    role: Role
    joined_at: datetime = Field(alias="joinedAt")
    hourly_rate: Optional[Decimal] = Field(alias="hourlyRate")
    cost_rate: Optional[Decimal] = Field(alias="costRate")
    weekly_capacity_hours: Optional[Decimal] = Field(alias="weeklyCapacityHours")
    user: "MembersUpdateRatesMembersUpdateRatesResultUser"


class MembersUpdateRatesMembersUpdateRatesResultUser(BaseModel):
    id: str
    name: str
    email: Optional[str]


class MembersUpdateRatesMembersUpdateRatesErrors(BaseModel):
    code: ErrorCode
    field: Optional[str]
    message: str
    reason: str


MembersUpdateRates.model_rebuild()
MembersUpdateRatesMembersUpdateRates.model_rebuild()
MembersUpdateRatesMembersUpdateRatesResult.model_rebuild()
