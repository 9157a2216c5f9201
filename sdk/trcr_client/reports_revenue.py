from datetime import date
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import RevenueGroup


class ReportsRevenue(BaseModel):
    reports_revenue: "ReportsRevenueReportsRevenue" = Field(alias="reportsRevenue")


class ReportsRevenueReportsRevenue(BaseModel):
    from_: date = Field(alias="from")
    to: date
    group_by: RevenueGroup = Field(alias="groupBy")
    rows: list["ReportsRevenueReportsRevenueRows"]
    totals: list["ReportsRevenueReportsRevenueTotals"]


class ReportsRevenueReportsRevenueRows(BaseModel):
    id: Optional[str]
    month: Optional[str]
    label: str
    currency: str
    invoice_count: int = Field(alias="invoiceCount")
    invoiced: Optional[Decimal]
    paid: Optional[Decimal]
    outstanding: Optional[Decimal]


class ReportsRevenueReportsRevenueTotals(BaseModel):
    currency: str
    invoiced: Optional[Decimal]
    paid: Optional[Decimal]
    outstanding: Optional[Decimal]


ReportsRevenue.model_rebuild()
ReportsRevenueReportsRevenue.model_rebuild()
