"""Reports: timesheets, revenue, utilization, profitability and unbilled time, aggregated in SQL."""
