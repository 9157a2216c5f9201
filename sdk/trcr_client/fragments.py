from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import (
    AutoAdvanceTrigger,
    Priority,
    RecurrenceFrequency,
    RecurrenceMode,
    Visibility,
    Weekday,
)


class AccessTokenFields(BaseModel):
    id: str
    name: str
    prefix: str
    created_at: datetime = Field(alias="createdAt")
    last_used_at: Optional[datetime] = Field(alias="lastUsedAt")
    expires_at: Optional[datetime] = Field(alias="expiresAt")
    revoked_at: Optional[datetime] = Field(alias="revokedAt")


class ChecklistItemFields(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    text: str
    done: bool
    done_at: Optional[datetime] = Field(alias="doneAt")
    position: int


class DependencyTaskFields(BaseModel):
    id: str
    key: str
    title: str
    completed_at: Optional[datetime] = Field(alias="completedAt")
    status: "DependencyTaskFieldsStatus"


class DependencyTaskFieldsStatus(BaseModel):
    id: str
    name: str
    is_terminal: bool = Field(alias="isTerminal")


class LabelFields(BaseModel):
    id: str
    name: str
    color: Optional[str]


class MilestoneFields(BaseModel):
    id: str
    project_id: str = Field(alias="projectId")
    title: str
    target_date: date = Field(alias="targetDate")
    color: Optional[str]
    description: Optional[str]
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class ProjectFields(BaseModel):
    id: str
    key: str
    name: str
    description: Optional[str]
    color: Optional[str]
    visibility: Visibility
    billable: bool
    hourly_rate: Optional[Decimal] = Field(alias="hourlyRate")
    budget_hours: Optional[Decimal] = Field(alias="budgetHours")
    archived: bool
    archived_at: Optional[datetime] = Field(alias="archivedAt")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class ProjectMemberFields(BaseModel):
    project_id: str = Field(alias="projectId")
    user_id: str = Field(alias="userId")
    added_at: datetime = Field(alias="addedAt")
    hourly_rate: Optional[Decimal] = Field(alias="hourlyRate")
    user: "ProjectMemberFieldsUser"


class ProjectMemberFieldsUser(BaseModel):
    id: str
    name: str
    email: str


class TaskCommentFields(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    body: str
    author: Optional["TaskCommentFieldsAuthor"]
    mentions: list["TaskCommentFieldsMentions"]
    created_at: datetime = Field(alias="createdAt")
    edited_at: Optional[datetime] = Field(alias="editedAt")


class TaskCommentFieldsAuthor(BaseModel):
    id: str
    name: str
    email: str


class TaskCommentFieldsMentions(BaseModel):
    id: str
    name: str
    email: str


class TaskFields(BaseModel):
    id: str
    key: str
    number: int
    title: str
    description: Optional[str]
    priority: Priority
    position: int
    start_date: Optional[date] = Field(alias="startDate")
    due_date: Optional[date] = Field(alias="dueDate")
    completed_at: Optional[datetime] = Field(alias="completedAt")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
    project_id: str = Field(alias="projectId")
    status_id: str = Field(alias="statusId")
    group_id: Optional[str] = Field(alias="groupId")
    milestone_id: Optional[str] = Field(alias="milestoneId")
    parent_task_id: Optional[str] = Field(alias="parentTaskId")
    estimate_minutes: Optional[int] = Field(alias="estimateMinutes")
    subtask_count: int = Field(alias="subtaskCount")
    status: "TaskFieldsStatus"
    assignees: list["TaskFieldsAssignees"]
    labels: list["TaskFieldsLabels"]
    group: Optional["TaskFieldsGroup"]
    milestone: Optional["TaskFieldsMilestone"]
    parent_task: Optional["TaskFieldsParentTask"] = Field(alias="parentTask")


class TaskFieldsStatus(BaseModel):
    id: str
    name: str
    is_terminal: bool = Field(alias="isTerminal")
    progress: int


class TaskFieldsAssignees(BaseModel):
    id: str
    name: str
    email: str


class TaskFieldsLabels(BaseModel):
    id: str
    name: str
    color: Optional[str]


class TaskFieldsGroup(BaseModel):
    id: str
    name: str


class TaskFieldsMilestone(BaseModel):
    id: str
    title: str
    target_date: date = Field(alias="targetDate")


class TaskFieldsParentTask(BaseModel):
    id: str
    key: str
    title: str


class TaskGroupFields(BaseModel):
    id: str
    project_id: str = Field(alias="projectId")
    name: str
    position: int


class TaskRecurrenceFields(BaseModel):
    id: str
    project_id: str = Field(alias="projectId")
    template_task_id: Optional[str] = Field(alias="templateTaskId")
    title: str
    description: Optional[str]
    rule: "TaskRecurrenceFieldsRule"
    mode: RecurrenceMode
    starts_on: date = Field(alias="startsOn")
    ends_on: Optional[date] = Field(alias="endsOn")
    count: Optional[int]
    timezone: str
    paused: bool
    next_run_at: Optional[datetime] = Field(alias="nextRunAt")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class TaskRecurrenceFieldsRule(BaseModel):
    frequency: RecurrenceFrequency
    interval: int
    weekdays: list[Weekday]
    month_day: Optional[int] = Field(alias="monthDay")
    nth: Optional[int]
    month: Optional[int]
    rrule: str


class TaskStatusFields(BaseModel):
    id: str
    name: str
    color: Optional[str]
    position: int
    is_terminal: bool = Field(alias="isTerminal")
    progress: int
    project_id: Optional[str] = Field(alias="projectId")
    auto_advance_on: Optional[AutoAdvanceTrigger] = Field(alias="autoAdvanceOn")
    auto_advance_to_status_id: Optional[str] = Field(alias="autoAdvanceToStatusId")


class TimeEntryFields(BaseModel):
    id: str
    user_id: str = Field(alias="userId")
    project_id: Optional[str] = Field(alias="projectId")
    task_id: Optional[str] = Field(alias="taskId")
    description: Optional[str]
    billable: bool
    started_at: datetime = Field(alias="startedAt")
    ended_at: Optional[datetime] = Field(alias="endedAt")
    running: bool
    duration_seconds: int = Field(alias="durationSeconds")
    task: Optional["TimeEntryFieldsTask"]
    project: Optional["TimeEntryFieldsProject"]


class TimeEntryFieldsTask(BaseModel):
    id: str
    key: str
    title: str


class TimeEntryFieldsProject(BaseModel):
    id: str
    key: str
    name: str


AccessTokenFields.model_rebuild()
ChecklistItemFields.model_rebuild()
DependencyTaskFields.model_rebuild()
LabelFields.model_rebuild()
MilestoneFields.model_rebuild()
ProjectFields.model_rebuild()
ProjectMemberFields.model_rebuild()
TaskCommentFields.model_rebuild()
TaskFields.model_rebuild()
TaskGroupFields.model_rebuild()
TaskRecurrenceFields.model_rebuild()
TaskStatusFields.model_rebuild()
TimeEntryFields.model_rebuild()
