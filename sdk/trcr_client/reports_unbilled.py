from datetime import date
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ReportHoursFields, ReportSettingsFields


class ReportsUnbilled(BaseModel):
    reports_unbilled: "ReportsUnbilledReportsUnbilled" = Field(alias="reportsUnbilled")


class ReportsUnbilledReportsUnbilled(BaseModel):
    settings: "ReportsUnbilledReportsUnbilledSettings"
    rows: list["ReportsUnbilledReportsUnbilledRows"]
    totals: list["ReportsUnbilledReportsUnbilledTotals"]


ReportsUnbilledReportsUnbilledSettings = ReportSettingsFields


class ReportsUnbilledReportsUnbilledRows(BaseModel):
    client_id: Optional[str] = Field(alias="clientId")
    client_name: Optional[str] = Field(alias="clientName")
    project_id: Optional[str] = Field(alias="projectId")
    project_name: Optional[str] = Field(alias="projectName")
    currency: str
    amount: Optional[Decimal]
    entries_without_rate: int = Field(alias="entriesWithoutRate")
    first_day: Optional[date] = Field(alias="firstDay")
    last_day: Optional[date] = Field(alias="lastDay")
    time: "ReportsUnbilledReportsUnbilledRowsTime"


ReportsUnbilledReportsUnbilledRowsTime = ReportHoursFields


class ReportsUnbilledReportsUnbilledTotals(BaseModel):
    currency: str
    amount: Optional[Decimal]


ReportsUnbilled.model_rebuild()
ReportsUnbilledReportsUnbilled.model_rebuild()
ReportsUnbilledReportsUnbilledRows.model_rebuild()
