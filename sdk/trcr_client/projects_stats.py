from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ProjectsStats(BaseModel):
    projects_stats: "ProjectsStatsProjectsStats" = Field(alias="projectsStats")


class ProjectsStatsProjectsStats(BaseModel):
    project_id: str = Field(alias="projectId")
    task_count: int = Field(alias="taskCount")
    completed_task_count: int = Field(alias="completedTaskCount")
    overdue_task_count: int = Field(alias="overdueTaskCount")
    progress_percent: Decimal = Field(alias="progressPercent")
    by_status: list["ProjectsStatsProjectsStatsByStatus"] = Field(alias="byStatus")
    tracked_seconds: int = Field(alias="trackedSeconds")
    billable_seconds: int = Field(alias="billableSeconds")
    budget_hours: Optional[Decimal] = Field(alias="budgetHours")
    budget_used_percent: Optional[Decimal] = Field(alias="budgetUsedPercent")
    billable_amount: Optional[Decimal] = Field(alias="billableAmount")


class ProjectsStatsProjectsStatsByStatus(BaseModel):
    status_id: str = Field(alias="statusId")
    name: str
    is_terminal: bool = Field(alias="isTerminal")
    progress: int
    task_count: int = Field(alias="taskCount")


ProjectsStats.model_rebuild()
ProjectsStatsProjectsStats.model_rebuild()
