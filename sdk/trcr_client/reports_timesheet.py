from datetime import date
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import TimesheetGroup
from .fragments import ReportHoursFields, ReportSettingsFields


class ReportsTimesheet(BaseModel):
    reports_timesheet: "ReportsTimesheetReportsTimesheet" = Field(
        alias="reportsTimesheet"
    )


class ReportsTimesheetReportsTimesheet(BaseModel):
    from_: date = Field(alias="from")
    to: date
    group_by: TimesheetGroup = Field(alias="groupBy")
    settings: "ReportsTimesheetReportsTimesheetSettings"
    rows: list["ReportsTimesheetReportsTimesheetRows"]
    total: "ReportsTimesheetReportsTimesheetTotal"


ReportsTimesheetReportsTimesheetSettings = ReportSettingsFields


class ReportsTimesheetReportsTimesheetRows(BaseModel):
    id: Optional[str]
    date: Optional[date]
    label: str
    time: "ReportsTimesheetReportsTimesheetRowsTime"


ReportsTimesheetReportsTimesheetRowsTime = ReportHoursFields
ReportsTimesheetReportsTimesheetTotal = ReportHoursFields
ReportsTimesheet.model_rebuild()
ReportsTimesheetReportsTimesheet.model_rebuild()
ReportsTimesheetReportsTimesheetRows.model_rebuild()
