"""GraphQL types of reports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from backend.core.rows import from_row
from backend.reports import service
from backend.reports.arguments import RevenueGroup as RevenueGroupValue
from backend.reports.arguments import TimesheetGroup as TimesheetGroupValue

strawberry.enum(
    TimesheetGroupValue,
    name="TimesheetGroup",
    description="day or week (local, in the organization's time zone), user, project, task, client.",
)
strawberry.enum(
    RevenueGroupValue, name="RevenueGroup", description="month, client or project (Space)."
)
TimesheetGroup = TimesheetGroupValue
RevenueGroup = RevenueGroupValue

_AMOUNT = "Null without the view_rates permission."


@strawberry.type(description="Hours of a group of stopped time entries, raw and rounded.")
class ReportHours:
    entry_count: int
    hours: Decimal = strawberry.field(description="Tracked hours as recorded, to 2 decimals.")
    rounded_hours: Decimal = strawberry.field(
        description="Hours with the organization's rounding applied to each entry, to 2 decimals."
    )
    billable_hours: Decimal
    billable_rounded_hours: Decimal
    non_billable_hours: Decimal
    non_billable_rounded_hours: Decimal

    @classmethod
    def from_model(cls, row: service.Hours) -> ReportHours:
        return from_row(cls, row)


@strawberry.type(description="The organization's settings a report was computed with.")
class ReportSettings:
    timezone: str
    week_start: str
    rounding_mode: str
    rounding_minutes: int
    currency: str = strawberry.field(description="The organization's default currency.")

    @classmethod
    def from_model(cls, row: service.ReportSettings) -> ReportSettings:
        return from_row(cls, row)


@strawberry.type(description="Amounts of one currency, summed over a report's rows.")
class ReportCurrencyTotal:
    currency: str
    invoiced: Decimal | None = strawberry.field(description=f"reports_revenue. {_AMOUNT}")
    paid: Decimal | None = strawberry.field(description=f"reports_revenue. {_AMOUNT}")
    outstanding: Decimal | None = strawberry.field(description=f"reports_revenue. {_AMOUNT}")
    revenue: Decimal | None = strawberry.field(description=f"reports_profitability. {_AMOUNT}")
    cost: Decimal | None = strawberry.field(description=f"reports_profitability. {_AMOUNT}")
    margin: Decimal | None = strawberry.field(description=f"reports_profitability. {_AMOUNT}")
    amount: Decimal | None = strawberry.field(description=f"reports_unbilled. {_AMOUNT}")

    @classmethod
    def from_model(cls, row: service.CurrencyTotal) -> ReportCurrencyTotal:
        return from_row(cls, row)


def _totals(rows: list[service.CurrencyTotal]) -> list[ReportCurrencyTotal]:
    return [ReportCurrencyTotal.from_model(row) for row in rows]


@strawberry.type(description="One group of a timesheet.")
class TimesheetRow:
    id: strawberry.ID | None = strawberry.field(
        description="The user, Space, task or client; null for time in no Space, task or client."
    )
    date: date | None = strawberry.field(description="The day, or the first day of the week.")
    label: str
    time: ReportHours

    @classmethod
    def from_model(cls, row: service.TimesheetRow) -> TimesheetRow:
        return from_row(cls, row, date=row.day, time=ReportHours.from_model(row.time))


@strawberry.type(description="Hours tracked in a range, grouped.")
class TimesheetReport:
    from_: date = strawberry.field(name="from")
    to: date
    group_by: TimesheetGroup
    settings: ReportSettings
    rows: list[TimesheetRow]
    total: ReportHours

    @classmethod
    def from_model(cls, row: service.TimesheetReport) -> TimesheetReport:
        return cls(
            from_=row.start,
            to=row.end,
            group_by=row.group_by,
            settings=ReportSettings.from_model(row.settings),
            rows=[TimesheetRow.from_model(r) for r in row.rows],
            total=ReportHours.from_model(row.total),
        )


@strawberry.type(description="Invoiced, paid and outstanding amounts of one group and currency.")
class RevenueRow:
    id: strawberry.ID | None = strawberry.field(
        description="The client or Space; null for months and for invoices of no single Space."
    )
    month: str | None = strawberry.field(description="YYYY-MM, when grouped by month.")
    label: str
    currency: str
    invoice_count: int = strawberry.field(description="Invoices issued in the range.")
    invoiced: Decimal | None = strawberry.field(description=_AMOUNT)
    paid: Decimal | None = strawberry.field(description=f"Payments less refunds. {_AMOUNT}")
    outstanding: Decimal | None = strawberry.field(description=_AMOUNT)

    @classmethod
    def from_model(cls, row: service.RevenueRow) -> RevenueRow:
        return from_row(cls, row)


@strawberry.type(description="Revenue in a range, grouped, per currency.")
class RevenueReport:
    from_: date = strawberry.field(name="from")
    to: date
    group_by: RevenueGroup
    rows: list[RevenueRow]
    totals: list[ReportCurrencyTotal]

    @classmethod
    def from_model(cls, row: service.RevenueReport) -> RevenueReport:
        return cls(
            from_=row.start,
            to=row.end,
            group_by=row.group_by,
            rows=[RevenueRow.from_model(r) for r in row.rows],
            totals=_totals(row.totals),
        )


@strawberry.type(description="One member's hours against their capacity.")
class UtilizationRow:
    user_id: strawberry.ID | None = strawberry.field(description="Null on the total row.")
    name: str
    capacity_hours: Decimal = strawberry.field(
        description="Weekly hours (the member's, or the organization's) x working days / 5."
    )
    time: ReportHours
    utilization_percent: Decimal | None = strawberry.field(
        description="Tracked (raw) hours / capacity x 100; null without capacity."
    )
    billable_percent: Decimal | None = strawberry.field(
        description="Billable (raw) hours / capacity x 100; null without capacity."
    )

    @classmethod
    def from_model(cls, row: service.UtilizationRow) -> UtilizationRow:
        return from_row(
            cls, row, user_id=row.user_id or None, time=ReportHours.from_model(row.time)
        )


@strawberry.type(description="Members' tracked and billable hours against capacity.")
class UtilizationReport:
    from_: date = strawberry.field(name="from")
    to: date
    working_days: int = strawberry.field(description="Monday to Friday days in the range.")
    settings: ReportSettings
    rows: list[UtilizationRow]
    total: UtilizationRow

    @classmethod
    def from_model(cls, row: service.UtilizationReport) -> UtilizationReport:
        return cls(
            from_=row.start,
            to=row.end,
            working_days=row.working_days,
            settings=ReportSettings.from_model(row.settings),
            rows=[UtilizationRow.from_model(r) for r in row.rows],
            total=UtilizationRow.from_model(row.total),
        )


@strawberry.type(description="A Space's revenue, cost and margin over a range.")
class ProfitabilityRow:
    project_id: strawberry.ID
    project_name: str
    client_id: strawberry.ID | None
    client_name: str | None
    currency: str
    time: ReportHours
    revenue: Decimal | None = strawberry.field(
        description=f"sum of rounded hours x stored hourly rate of billable entries. {_AMOUNT}"
    )
    cost: Decimal | None = strawberry.field(
        description=f"sum of raw hours x stored cost rate of all entries. {_AMOUNT}"
    )
    margin: Decimal | None = strawberry.field(description=f"Revenue - cost. {_AMOUNT}")
    margin_percent: Decimal | None = strawberry.field(
        description=f"Margin / revenue x 100; null without revenue. {_AMOUNT}"
    )
    entries_without_rate: int = strawberry.field(
        description="Billable entries without a stored hourly rate (they add no revenue)."
    )
    entries_without_cost_rate: int = strawberry.field(
        description="Entries without a stored cost rate (they add no cost)."
    )

    @classmethod
    def from_model(cls, row: service.ProfitabilityRow) -> ProfitabilityRow:
        return from_row(cls, row, time=ReportHours.from_model(row.time))


@strawberry.type(description="Revenue - cost per Space, and margin %.")
class ProfitabilityReport:
    from_: date = strawberry.field(name="from")
    to: date
    settings: ReportSettings
    rows: list[ProfitabilityRow]
    totals: list[ReportCurrencyTotal]

    @classmethod
    def from_model(cls, row: service.ProfitabilityReport) -> ProfitabilityReport:
        return cls(
            from_=row.start,
            to=row.end,
            settings=ReportSettings.from_model(row.settings),
            rows=[ProfitabilityRow.from_model(r) for r in row.rows],
            totals=_totals(row.totals),
        )


@strawberry.type(description="Billable time of one client and Space that is on no invoice yet.")
class UnbilledRow:
    client_id: strawberry.ID | None
    client_name: str | None
    project_id: strawberry.ID | None = strawberry.field(description="Null for time in no Space.")
    project_name: str | None
    currency: str
    time: ReportHours
    amount: Decimal | None = strawberry.field(
        description=f"sum of rounded hours x stored hourly rate. {_AMOUNT}"
    )
    entries_without_rate: int
    first_day: date | None = strawberry.field(description="Local day of the oldest entry.")
    last_day: date | None = strawberry.field(description="Local day of the newest entry.")

    @classmethod
    def from_model(cls, row: service.UnbilledRow) -> UnbilledRow:
        return from_row(cls, row, time=ReportHours.from_model(row.time))


@strawberry.type(description="Billable time not yet invoiced, per client and Space.")
class UnbilledReport:
    settings: ReportSettings
    rows: list[UnbilledRow]
    totals: list[ReportCurrencyTotal]

    @classmethod
    def from_model(cls, row: service.UnbilledReport) -> UnbilledReport:
        return cls(
            settings=ReportSettings.from_model(row.settings),
            rows=[UnbilledRow.from_model(r) for r in row.rows],
            totals=_totals(row.totals),
        )
