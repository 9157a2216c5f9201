from datetime import date
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ReportHoursFields, ReportSettingsFields


class ReportsProfitability(BaseModel):
    reports_profitability: "ReportsProfitabilityReportsProfitability" = Field(
        alias="reportsProfitability"
    )


class ReportsProfitabilityReportsProfitability(BaseModel):
    from_: date = Field(alias="from")
    to: date
    settings: "ReportsProfitabilityReportsProfitabilitySettings"
    rows: list["ReportsProfitabilityReportsProfitabilityRows"]
    totals: list["ReportsProfitabilityReportsProfitabilityTotals"]


ReportsProfitabilityReportsProfitabilitySettings = ReportSettingsFields


class ReportsProfitabilityReportsProfitabilityRows(BaseModel):
    project_id: str = Field(alias="projectId")
    project_name: str = Field(alias="projectName")
    client_id: Optional[str] = Field(alias="clientId")
    client_name: Optional[str] = Field(alias="clientName")
    currency: str
    revenue: Optional[Decimal]
    cost: Optional[Decimal]
    margin: Optional[Decimal]
    margin_percent: Optional[Decimal] = Field(alias="marginPercent")
    entries_without_rate: int = Field(alias="entriesWithoutRate")
    entries_without_cost_rate: int = Field(alias="entriesWithoutCostRate")
    time: "ReportsProfitabilityReportsProfitabilityRowsTime"


ReportsProfitabilityReportsProfitabilityRowsTime = ReportHoursFields


class ReportsProfitabilityReportsProfitabilityTotals(BaseModel):
    currency: str
    revenue: Optional[Decimal]
    cost: Optional[Decimal]
    margin: Optional[Decimal]


ReportsProfitability.model_rebuild()
ReportsProfitabilityReportsProfitability.model_rebuild()
ReportsProfitabilityReportsProfitabilityRows.model_rebuild()
