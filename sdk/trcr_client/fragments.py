from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import (
    AutoAdvanceTrigger,
    DayOfWeek,
    DiscountKind,
    FormFieldKind,
    GitProvider,
    InvitationStatus,
    InvoiceStatus,
    NotificationKind,
    PaymentKind,
    Priority,
    RecurrenceFrequency,
    RecurrenceMode,
    Role,
    RoundingMode,
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
    read_only: bool = Field(alias="readOnly")


class AttachmentFields(BaseModel):
    id: str
    entity_type: str = Field(alias="entityType")
    entity_id: str = Field(alias="entityId")
    filename: str
    content_type: str = Field(alias="contentType")
    size: int
    sha_256: str = Field(alias="sha256")
    uploaded_by_id: Optional[str] = Field(alias="uploadedById")
    created_at: datetime = Field(alias="createdAt")
    download_url: str = Field(alias="downloadUrl")


class AuditEntryFields(BaseModel):
    id: str
    occurred_at: datetime = Field(alias="occurredAt")
    actor_id: Optional[str] = Field(alias="actorId")
    token_id: Optional[str] = Field(alias="tokenId")
    token_name: Optional[str] = Field(alias="tokenName")
    interface: str
    operation: Optional[str]
    entity_type: str = Field(alias="entityType")
    entity_id: str = Field(alias="entityId")
    action: str
    request_id: Optional[str] = Field(alias="requestId")
    changes: list["AuditEntryFieldsChanges"]


class AuditEntryFieldsChanges(BaseModel):
    entity_type: str = Field(alias="entityType")
    entity_id: str = Field(alias="entityId")
    action: str
    fields: list["AuditEntryFieldsChangesFields"]


class AuditEntryFieldsChangesFields(BaseModel):
    name: str
    before: Optional[str]
    after: Optional[str]


class ChatChannelFields(BaseModel):
    id: str
    name: str
    topic: Optional[str]
    project_id: Optional[str] = Field(alias="projectId")
    private: bool
    member_count: Optional[int] = Field(alias="memberCount")
    archived_at: Optional[datetime] = Field(alias="archivedAt")
    created_by_id: Optional[str] = Field(alias="createdById")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class ChatMessageFields(BaseModel):
    id: str
    channel_id: str = Field(alias="channelId")
    body: str
    author: Optional["ChatMessageFieldsAuthor"]
    mentions: list["ChatMessageFieldsMentions"]
    created_at: datetime = Field(alias="createdAt")
    edited_at: Optional[datetime] = Field(alias="editedAt")


class ChatMessageFieldsAuthor(BaseModel):
    id: str
    name: str
    email: Optional[str]


class ChatMessageFieldsMentions(BaseModel):
    id: str
    name: str
    email: Optional[str]


class ChecklistItemFields(BaseModel):
    id: str
    task_id: str = Field(alias="taskId")
    text: str
    done: bool
    done_at: Optional[datetime] = Field(alias="doneAt")
    position: int


class ClientContactFields(BaseModel):
    id: str
    client_id: str = Field(alias="clientId")
    name: str
    email: Optional[str]
    phone: Optional[str]
    role: Optional[str]
    is_billing_contact: bool = Field(alias="isBillingContact")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class ClientFields(BaseModel):
    id: str
    name: str
    email: Optional[str]
    currency: str
    hourly_rate: Optional[Decimal] = Field(alias="hourlyRate")
    address: Optional[str]
    tax_id: Optional[str] = Field(alias="taxId")
    notes: Optional[str]
    archived: bool
    archived_at: Optional[datetime] = Field(alias="archivedAt")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


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


class GitCommitFields(BaseModel):
    id: str
    repository_id: str = Field(alias="repositoryId")
    sha: str
    message: str
    author_name: str = Field(alias="authorName")
    author_email: Optional[str] = Field(alias="authorEmail")
    url: Optional[str]
    committed_at: datetime = Field(alias="committedAt")
    task_ids: list[str] = Field(alias="taskIds")


class GitRepositoryFields(BaseModel):
    id: str
    project_id: Optional[str] = Field(alias="projectId")
    provider: GitProvider
    full_name: str = Field(alias="fullName")
    webhook_url: str = Field(alias="webhookUrl")
    linked_by_id: Optional[str] = Field(alias="linkedById")
    created_at: datetime = Field(alias="createdAt")


class InvitationFields(BaseModel):
    id: str
    email: str
    role: Role
    status: InvitationStatus
    invited_by_id: Optional[str] = Field(alias="invitedById")
    created_at: datetime = Field(alias="createdAt")
    expires_at: datetime = Field(alias="expiresAt")
    accepted_at: Optional[datetime] = Field(alias="acceptedAt")
    revoked_at: Optional[datetime] = Field(alias="revokedAt")


class InvoiceFields(BaseModel):
    id: str
    client_id: str = Field(alias="clientId")
    status: InvoiceStatus
    overdue: bool
    number: Optional[str]
    currency: str
    issue_date: Optional[date] = Field(alias="issueDate")
    due_date: Optional[date] = Field(alias="dueDate")
    notes: Optional[str]
    default_tax_rate: Decimal = Field(alias="defaultTaxRate")
    discount_kind: Optional[DiscountKind] = Field(alias="discountKind")
    discount_value: Optional[Decimal] = Field(alias="discountValue")
    subtotal: Decimal
    discount_total: Decimal = Field(alias="discountTotal")
    tax_total: Decimal = Field(alias="taxTotal")
    total: Decimal
    amount_paid: Decimal = Field(alias="amountPaid")
    balance: Decimal
    client_name: Optional[str] = Field(alias="clientName")
    client_address: Optional[str] = Field(alias="clientAddress")
    client_tax_id: Optional[str] = Field(alias="clientTaxId")
    sent_at: Optional[datetime] = Field(alias="sentAt")
    paid_at: Optional[datetime] = Field(alias="paidAt")
    voided_at: Optional[datetime] = Field(alias="voidedAt")
    void_reason: Optional[str] = Field(alias="voidReason")
    pdf_path: str = Field(alias="pdfPath")
    lines: list["InvoiceFieldsLines"]
    delivery: Optional["InvoiceFieldsDelivery"]
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class InvoiceFieldsLines(BaseModel):
    id: str
    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal = Field(alias="unitPrice")
    tax_rate: Decimal = Field(alias="taxRate")
    amount: Decimal


class InvoiceFieldsDelivery(BaseModel):
    status: str
    recipients: list[str]
    attempts: int
    last_error: Optional[str] = Field(alias="lastError")
    sent_at: Optional[datetime] = Field(alias="sentAt")


class LabelFields(BaseModel):
    id: str
    name: str
    color: Optional[str]


class MemberFields(BaseModel):
    user_id: str = Field(alias="userId")
    role: Role
    joined_at: datetime = Field(alias="joinedAt")
    user: "MemberFieldsUser"


class MemberFieldsUser(BaseModel):
    id: str
    name: str
    email: Optional[str]
    avatar_url: Optional[str] = Field(alias="avatarUrl")
    timezone: Optional[str]


class MilestoneFields(BaseModel):
    id: str
    project_id: str = Field(alias="projectId")
    title: str
    target_date: date = Field(alias="targetDate")
    color: Optional[str]
    description: Optional[str]
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class NotificationFields(BaseModel):
    id: str
    kind: NotificationKind
    entity_type: str = Field(alias="entityType")
    entity_id: str = Field(alias="entityId")
    text: str
    actor_id: Optional[str] = Field(alias="actorId")
    read_at: Optional[datetime] = Field(alias="readAt")
    created_at: datetime = Field(alias="createdAt")


class OrganizationFields(BaseModel):
    id: str
    name: str
    slug: str
    currency: str
    timezone: str
    week_start: DayOfWeek = Field(alias="weekStart")
    default_hourly_rate: Optional[Decimal] = Field(alias="defaultHourlyRate")
    weekly_capacity_hours: Decimal = Field(alias="weeklyCapacityHours")
    rounding_mode: RoundingMode = Field(alias="roundingMode")
    rounding_minutes: int = Field(alias="roundingMinutes")
    invoice_prefix: str = Field(alias="invoicePrefix")
    payment_terms_days: int = Field(alias="paymentTermsDays")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class OrganizationTokenFields(BaseModel):
    id: str
    user_id: str = Field(alias="userId")
    owner: Optional["OrganizationTokenFieldsOwner"]
    name: str
    prefix: str
    created_at: datetime = Field(alias="createdAt")
    last_used_at: Optional[datetime] = Field(alias="lastUsedAt")
    expires_at: Optional[datetime] = Field(alias="expiresAt")
    revoked_at: Optional[datetime] = Field(alias="revokedAt")
    read_only: bool = Field(alias="readOnly")


class OrganizationTokenFieldsOwner(BaseModel):
    id: str
    name: str
    email: Optional[str]


class PaymentFields(BaseModel):
    id: str
    invoice_id: str = Field(alias="invoiceId")
    kind: PaymentKind
    refund_of_id: Optional[str] = Field(alias="refundOfId")
    amount: Decimal
    currency: str
    paid_on: date = Field(alias="paidOn")
    method: Optional[str]
    reference: Optional[str]
    notes: Optional[str]
    created_at: datetime = Field(alias="createdAt")
    invoice: "PaymentFieldsInvoice"


class PaymentFieldsInvoice(BaseModel):
    id: str
    number: Optional[str]
    status: InvoiceStatus
    total: Decimal
    amount_paid: Decimal = Field(alias="amountPaid")
    balance: Decimal


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
    client_id: Optional[str] = Field(alias="clientId")
    client_name: Optional[str] = Field(alias="clientName")
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
    email: Optional[str]


class PublicFormFields(BaseModel):
    id: str
    project_id: str = Field(alias="projectId")
    title: str
    description: Optional[str]
    fields: list["PublicFormFieldsFields"]
    slug: str
    url: str
    is_open: bool = Field(alias="isOpen")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class PublicFormFieldsFields(BaseModel):
    name: str
    label: str
    kind: FormFieldKind
    required: bool
    options: list[str]


class PublicFormSubmissionFields(BaseModel):
    id: str
    form_id: str = Field(alias="formId")
    answers: list["PublicFormSubmissionFieldsAnswers"]
    task_id: Optional[str] = Field(alias="taskId")
    converted_at: Optional[datetime] = Field(alias="convertedAt")
    created_at: datetime = Field(alias="createdAt")


class PublicFormSubmissionFieldsAnswers(BaseModel):
    name: str
    value: Optional[str]


class ReportHoursFields(BaseModel):
    entry_count: int = Field(alias="entryCount")
    hours: Decimal
    rounded_hours: Decimal = Field(alias="roundedHours")
    billable_hours: Decimal = Field(alias="billableHours")
    billable_rounded_hours: Decimal = Field(alias="billableRoundedHours")
    non_billable_hours: Decimal = Field(alias="nonBillableHours")
    non_billable_rounded_hours: Decimal = Field(alias="nonBillableRoundedHours")


class ReportSettingsFields(BaseModel):
    timezone: str
    week_start: str = Field(alias="weekStart")
    rounding_mode: str = Field(alias="roundingMode")
    rounding_minutes: int = Field(alias="roundingMinutes")
    currency: str


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
    email: Optional[str]


class TaskCommentFieldsMentions(BaseModel):
    id: str
    name: str
    email: Optional[str]


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
    email: Optional[str]


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
    rounded_duration_seconds: int = Field(alias="roundedDurationSeconds")
    hourly_rate: Optional[Decimal] = Field(alias="hourlyRate")
    cost_rate: Optional[Decimal] = Field(alias="costRate")
    amount: Optional[Decimal]
    currency: str
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


class UserFields(BaseModel):
    id: str
    name: str
    email: Optional[str]
    avatar_url: Optional[str] = Field(alias="avatarUrl")
    timezone: Optional[str]


AccessTokenFields.model_rebuild()
AttachmentFields.model_rebuild()
AuditEntryFields.model_rebuild()
ChatChannelFields.model_rebuild()
ChatMessageFields.model_rebuild()
ChecklistItemFields.model_rebuild()
ClientContactFields.model_rebuild()
ClientFields.model_rebuild()
DependencyTaskFields.model_rebuild()
GitCommitFields.model_rebuild()
GitRepositoryFields.model_rebuild()
InvitationFields.model_rebuild()
InvoiceFields.model_rebuild()
LabelFields.model_rebuild()
MemberFields.model_rebuild()
MilestoneFields.model_rebuild()
NotificationFields.model_rebuild()
OrganizationFields.model_rebuild()
OrganizationTokenFields.model_rebuild()
PaymentFields.model_rebuild()
ProjectFields.model_rebuild()
ProjectMemberFields.model_rebuild()
PublicFormFields.model_rebuild()
PublicFormSubmissionFields.model_rebuild()
ReportHoursFields.model_rebuild()
ReportSettingsFields.model_rebuild()
TaskCommentFields.model_rebuild()
TaskFields.model_rebuild()
TaskGroupFields.model_rebuild()
TaskRecurrenceFields.model_rebuild()
TaskStatusFields.model_rebuild()
TimeEntryFields.model_rebuild()
UserFields.model_rebuild()
