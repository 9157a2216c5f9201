"""The GraphQL schema: every domain's queries, mutations and subscriptions, assembled.

Reads like a table of contents; each domain folder holds the details.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from backend.attachments.mutations import AttachmentsMutation
from backend.attachments.queries import AttachmentsQuery
from backend.audit.queries import AuditQuery
from backend.chat.mutations import ChatMutation
from backend.chat.queries import ChatQuery
from backend.clients.mutations import ClientsMutation
from backend.clients.queries import ClientsQuery
from backend.core.execution import strict_executor
from backend.core.graphql_errors import mask_error
from backend.core.scalars import SCALAR_OVERRIDES
from backend.core.security import prepared_documents
from backend.events.subscriptions import EventsSubscription
from backend.git.mutations import GitMutation
from backend.git.queries import GitQuery
from backend.invoices.mutations import InvoicesMutation
from backend.invoices.queries import InvoicesQuery
from backend.labels.mutations import LabelsMutation
from backend.labels.queries import LabelsQuery
from backend.members.mutations import MembersMutation
from backend.members.queries import MembersQuery
from backend.milestones.mutations import MilestonesMutation
from backend.milestones.queries import MilestonesQuery
from backend.notifications.mutations import NotificationsMutation
from backend.notifications.queries import NotificationsQuery
from backend.notifications.subscriptions import NotificationsSubscription
from backend.orgs.mutations import OrgsMutation
from backend.orgs.queries import OrgsQuery
from backend.payments.mutations import PaymentsMutation
from backend.payments.queries import PaymentsQuery
from backend.projects.mutations import ProjectsMutation
from backend.projects.queries import ProjectsQuery
from backend.public_forms.mutations import PublicFormsMutation
from backend.public_forms.queries import PublicFormsQuery
from backend.reports.queries import ReportsQuery
from backend.search.queries import SearchQuery
from backend.settings import Settings
from backend.task_groups.mutations import TaskGroupsMutation
from backend.task_groups.queries import TaskGroupsQuery
from backend.task_recurrences.mutations import TaskRecurrencesMutation
from backend.task_recurrences.queries import TaskRecurrencesQuery
from backend.task_statuses.mutations import TaskStatusesMutation
from backend.task_statuses.queries import TaskStatusesQuery
from backend.tasks.mutations import TasksMutation
from backend.tasks.queries import TasksQuery
from backend.tasks_checklist.mutations import TasksChecklistMutation
from backend.tasks_checklist.queries import TasksChecklistQuery
from backend.tasks_comments.mutations import TasksCommentsMutation
from backend.tasks_comments.queries import TasksCommentsQuery
from backend.tasks_dependencies.mutations import TasksDependenciesMutation
from backend.tasks_dependencies.queries import TasksDependenciesQuery
from backend.time.mutations import TimeMutation
from backend.time.queries import TimeQuery
from backend.users.mutations import UsersMutation
from backend.users.queries import UsersQuery
from backend.whoami.queries import WhoamiQuery

Query = merge_types(
    "Query",
    (
        WhoamiQuery,
        OrgsQuery,
        MembersQuery,
        UsersQuery,
        ProjectsQuery,
        TasksQuery,
        TasksCommentsQuery,
        TasksChecklistQuery,
        TasksDependenciesQuery,
        TaskStatusesQuery,
        TaskGroupsQuery,
        TaskRecurrencesQuery,
        LabelsQuery,
        MilestonesQuery,
        TimeQuery,
        ClientsQuery,
        InvoicesQuery,
        PaymentsQuery,
        ChatQuery,
        SearchQuery,
        ReportsQuery,
        GitQuery,
        AttachmentsQuery,
        PublicFormsQuery,
        NotificationsQuery,
        AuditQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        OrgsMutation,
        MembersMutation,
        UsersMutation,
        ProjectsMutation,
        TasksMutation,
        TasksCommentsMutation,
        TasksChecklistMutation,
        TasksDependenciesMutation,
        TaskStatusesMutation,
        TaskGroupsMutation,
        TaskRecurrencesMutation,
        LabelsMutation,
        MilestonesMutation,
        TimeMutation,
        ClientsMutation,
        InvoicesMutation,
        PaymentsMutation,
        ChatMutation,
        GitMutation,
        AttachmentsMutation,
        PublicFormsMutation,
        NotificationsMutation,
    ),
)
Subscription = merge_types("Subscription", (EventsSubscription, NotificationsSubscription))


class _MaskServerErrors(MaskErrors):
    """The same masking rule as the MCP adapter (backend.core.graphql_errors)."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda _error: True)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        return mask_error(error)


class Schema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # Unexpected errors are logged once, with their request id, by the masking rule.
        return None


def create_schema(settings: Settings) -> Schema:
    # Factories: strawberry builds fresh extension instances per request; as few as possible,
    # since each costs its hooks per request (the document cache outlives them).
    extensions: list[Any] = [prepared_documents(settings), _MaskServerErrors]
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        # Shared with /mcp (executor_class): NUL text is refused, suggestions hidden with introspection.
        execution_context_class=strict_executor(hide_suggestions=not settings.introspection),
        scalar_overrides=SCALAR_OVERRIDES,  # strict Decimal and DateTime input
    )


schema = create_schema(Settings())
