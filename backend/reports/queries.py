"""Report reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import query
from backend.reports import service
from backend.reports.types import (
    ProfitabilityReport,
    RevenueReport,
    TimesheetReport,
    UnbilledReport,
    UtilizationReport,
)


@strawberry.type
class ReportsQuery:
    reports_timesheet = query(
        service.timesheet,
        TimesheetReport,
        description=(
            "Hours tracked in a range (stopped entries, by the local day they started), grouped by "
            "day, week, user, Space, task or client; billable and non-billable, raw and rounded. "
            "Needs view_reports."
        ),
    )
    reports_revenue = query(
        service.revenue,
        RevenueReport,
        description=(
            "Invoiced, paid and outstanding amounts per currency, by month, client or Space. "
            "Needs view_reports; amounts are null without view_rates."
        ),
    )
    reports_utilization = query(
        service.utilization,
        UtilizationReport,
        description=(
            "Each member's tracked and billable hours against capacity (weekly hours x working "
            "days Monday to Friday / 5). Needs view_reports."
        ),
    )
    reports_profitability = query(
        service.profitability,
        ProfitabilityReport,
        description=(
            "Per Space: revenue (rounded billable hours x stored hourly rate, per entry), cost "
            "(raw hours x stored cost rate, per entry), margin and margin %. Needs view_reports; "
            "amounts are null without view_rates."
        ),
    )
    reports_unbilled = query(
        service.unbilled,
        UnbilledReport,
        description=(
            "Billable time on no invoice yet, with its amount (rounded hours x stored rate, per "
            "entry), per client and Space. Needs view_reports; amounts are null without view_rates."
        ),
    )
