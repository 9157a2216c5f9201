from datetime import date
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ReportHoursFields, ReportSettingsFields


class ReportsUtilization(BaseModel):
    reports_utilization: "ReportsUtilizationReportsUtilization" = Field(
        alias="reportsUtilization"
    )


class ReportsUtilizationReportsUtilization(BaseModel):
    from_: date = Field(alias="from")
    to: date
    working_days: int = Field(alias="workingDays")
    settings: "ReportsUtilizationReportsUtilizationSettings"
    rows: list["ReportsUtilizationReportsUtilizationRows"]
    total: "ReportsUtilizationReportsUtilizationTotal"


ReportsUtilizationReportsUtilizationSettings = ReportSettingsFields


class ReportsUtilizationReportsUtilizationRows(BaseModel):
    user_id: Optional[str] = Field(alias="userId")
    name: str
    capacity_hours: Decimal = Field(alias="capacityHours")
    utilization_percent: Optional[Decimal] = Field(alias="utilizationPercent")
    billable_percent: Optional[Decimal] = Field(alias="billablePercent")
    time: "ReportsUtilizationReportsUtilizationRowsTime"


ReportsUtilizationReportsUtilizationRowsTime = ReportHoursFields


class ReportsUtilizationReportsUtilizationTotal(BaseModel):
    user_id: Optional[str] = Field(alias="userId")
    name: str
    capacity_hours: Decimal = Field(alias="capacityHours")
    utilization_percent: Optional[Decimal] = Field(alias="utilizationPercent")
    billable_percent: Optional[Decimal] = Field(alias="billablePercent")
    time: "ReportsUtilizationReportsUtilizationTotalTime"


ReportsUtilizationReportsUtilizationTotalTime = ReportHoursFields
ReportsUtilization.model_rebuild()
ReportsUtilizationReportsUtilization.model_rebuild()
ReportsUtilizationReportsUtilizationRows.model_rebuild()
ReportsUtilizationReportsUtilizationTotal.model_rebuild()
