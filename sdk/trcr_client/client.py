from datetime import date, datetime
from decimal import Decimal
from typing import Any, Optional, Union

from .async_base_client import AsyncBaseClient
from .attachments_delete import AttachmentsDelete
from .attachments_get import AttachmentsGet
from .attachments_list import AttachmentsList
from .attachments_upload import AttachmentsUpload
from .audit_get import AuditGet
from .audit_list import AuditList
from .base_model import UNSET, UnsetType
from .chat_channels_archive import ChatChannelsArchive
from .chat_channels_create import ChatChannelsCreate
from .chat_channels_list import ChatChannelsList
from .chat_channels_members_add import ChatChannelsMembersAdd
from .chat_channels_members_list import ChatChannelsMembersList
from .chat_channels_members_remove import ChatChannelsMembersRemove
from .chat_channels_unarchive import ChatChannelsUnarchive
from .chat_channels_update import ChatChannelsUpdate
from .chat_messages_delete import ChatMessagesDelete
from .chat_messages_edit import ChatMessagesEdit
from .chat_messages_list import ChatMessagesList
from .chat_messages_send import ChatMessagesSend
from .clients_activity_list import ClientsActivityList
from .clients_archive import ClientsArchive
from .clients_contacts_create import ClientsContactsCreate
from .clients_contacts_delete import ClientsContactsDelete
from .clients_contacts_list import ClientsContactsList
from .clients_contacts_update import ClientsContactsUpdate
from .clients_create import ClientsCreate
from .clients_delete import ClientsDelete
from .clients_get import ClientsGet
from .clients_list import ClientsList
from .clients_notes_add import ClientsNotesAdd
from .clients_unarchive import ClientsUnarchive
from .clients_update import ClientsUpdate
from .enums import (
    AutoAdvanceTrigger,
    DayOfWeek,
    GitProvider,
    InvoiceGroupBy,
    InvoiceListStatus,
    NotificationKind,
    Priority,
    RecurrenceMode,
    RevenueGroup,
    Role,
    RoundingMode,
    SearchType,
    TimesheetGroup,
    Visibility,
    WeekStart,
)
from .git_branches_list import GitBranchesList
from .git_commits_link_task import GitCommitsLinkTask
from .git_commits_list import GitCommitsList
from .git_repositories_link import GitRepositoriesLink
from .git_repositories_list import GitRepositoriesList
from .git_repositories_unlink import GitRepositoriesUnlink
from .input_types import DiscountInput, FormFieldInput, RecurrenceRuleInput
from .invoices_create import InvoicesCreate
from .invoices_create_from_time import InvoicesCreateFromTime
from .invoices_delete import InvoicesDelete
from .invoices_get import InvoicesGet
from .invoices_line_items_add import InvoicesLineItemsAdd
from .invoices_line_items_remove import InvoicesLineItemsRemove
from .invoices_line_items_update import InvoicesLineItemsUpdate
from .invoices_list import InvoicesList
from .invoices_mark_paid import InvoicesMarkPaid
from .invoices_send import InvoicesSend
from .invoices_update import InvoicesUpdate
from .invoices_void import InvoicesVoid
from .labels_create import LabelsCreate
from .labels_delete import LabelsDelete
from .labels_list import LabelsList
from .labels_update import LabelsUpdate
from .members_get import MembersGet
from .members_invitations_list import MembersInvitationsList
from .members_invitations_revoke import MembersInvitationsRevoke
from .members_invite import MembersInvite
from .members_list import MembersList
from .members_remove import MembersRemove
from .members_update_rates import MembersUpdateRates
from .members_update_role import MembersUpdateRole
from .milestones_create import MilestonesCreate
from .milestones_delete import MilestonesDelete
from .milestones_list import MilestonesList
from .milestones_update import MilestonesUpdate
from .notifications_dismiss import NotificationsDismiss
from .notifications_list import NotificationsList
from .notifications_mark_all_read import NotificationsMarkAllRead
from .notifications_mark_read import NotificationsMarkRead
from .notifications_unread_count import NotificationsUnreadCount
from .orgs_get import OrgsGet
from .orgs_tokens_list import OrgsTokensList
from .orgs_tokens_revoke import OrgsTokensRevoke
from .orgs_update import OrgsUpdate
from .payments_delete import PaymentsDelete
from .payments_get import PaymentsGet
from .payments_list import PaymentsList
from .payments_record import PaymentsRecord
from .payments_refund import PaymentsRefund
from .payments_update import PaymentsUpdate
from .projects_archive import ProjectsArchive
from .projects_create import ProjectsCreate
from .projects_delete import ProjectsDelete
from .projects_get import ProjectsGet
from .projects_list import ProjectsList
from .projects_members_add import ProjectsMembersAdd
from .projects_members_list import ProjectsMembersList
from .projects_members_remove import ProjectsMembersRemove
from .projects_stats import ProjectsStats
from .projects_unarchive import ProjectsUnarchive
from .projects_update import ProjectsUpdate
from .public_forms_create import PublicFormsCreate
from .public_forms_delete import PublicFormsDelete
from .public_forms_get import PublicFormsGet
from .public_forms_list import PublicFormsList
from .public_forms_submissions_convert import PublicFormsSubmissionsConvert
from .public_forms_submissions_list import PublicFormsSubmissionsList
from .public_forms_update import PublicFormsUpdate
from .reports_profitability import ReportsProfitability
from .reports_revenue import ReportsRevenue
from .reports_timesheet import ReportsTimesheet
from .reports_unbilled import ReportsUnbilled
from .reports_utilization import ReportsUtilization
from .search import Search
from .task_groups_create import TaskGroupsCreate
from .task_groups_delete import TaskGroupsDelete
from .task_groups_list import TaskGroupsList
from .task_groups_rename import TaskGroupsRename
from .task_groups_reorder import TaskGroupsReorder
from .task_recurrences_create import TaskRecurrencesCreate
from .task_recurrences_delete import TaskRecurrencesDelete
from .task_recurrences_get import TaskRecurrencesGet
from .task_recurrences_list import TaskRecurrencesList
from .task_recurrences_occurrences_list import TaskRecurrencesOccurrencesList
from .task_recurrences_update import TaskRecurrencesUpdate
from .task_statuses_create import TaskStatusesCreate
from .task_statuses_delete import TaskStatusesDelete
from .task_statuses_list import TaskStatusesList
from .task_statuses_reorder import TaskStatusesReorder
from .task_statuses_update import TaskStatusesUpdate
from .tasks_assign import TasksAssign
from .tasks_checklist_add import TasksChecklistAdd
from .tasks_checklist_delete import TasksChecklistDelete
from .tasks_checklist_list import TasksChecklistList
from .tasks_checklist_reorder import TasksChecklistReorder
from .tasks_checklist_update import TasksChecklistUpdate
from .tasks_comments_add import TasksCommentsAdd
from .tasks_comments_delete import TasksCommentsDelete
from .tasks_comments_list import TasksCommentsList
from .tasks_comments_update import TasksCommentsUpdate
from .tasks_create import TasksCreate
from .tasks_delete import TasksDelete
from .tasks_dependencies_add import TasksDependenciesAdd
from .tasks_dependencies_list import TasksDependenciesList
from .tasks_dependencies_list_all import TasksDependenciesListAll
from .tasks_dependencies_remove import TasksDependenciesRemove
from .tasks_get import TasksGet
from .tasks_labels_add import TasksLabelsAdd
from .tasks_labels_remove import TasksLabelsRemove
from .tasks_list import TasksList
from .tasks_move import TasksMove
from .tasks_reorder import TasksReorder
from .tasks_set_status import TasksSetStatus
from .tasks_unassign import TasksUnassign
from .tasks_update import TasksUpdate
from .time_current_timer import TimeCurrentTimer
from .time_discard_timer import TimeDiscardTimer
from .time_entries_create import TimeEntriesCreate
from .time_entries_delete import TimeEntriesDelete
from .time_entries_get import TimeEntriesGet
from .time_entries_list import TimeEntriesList
from .time_entries_rerate import TimeEntriesRerate
from .time_entries_update import TimeEntriesUpdate
from .time_start_timer import TimeStartTimer
from .time_stop_timer import TimeStopTimer
from .time_update_timer import TimeUpdateTimer
from .users_get import UsersGet
from .users_tokens_create import UsersTokensCreate
from .users_tokens_list import UsersTokensList
from .users_tokens_revoke import UsersTokensRevoke
from .users_update_preferences import UsersUpdatePreferences
from .users_update_profile import UsersUpdateProfile
from .whoami import Whoami


def gql(q: str) -> str:
    return q


class TrcrClient(AsyncBaseClient):
    async def attachments_list(
        self,
        entity_type: str,
        entity_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> AttachmentsList:
        query = gql("""
            query attachments_list($entity_type: String!, $entity_id: ID!, $limit: Int = 50, $cursor: String) {
              attachmentsList(
                entityType: $entity_type
                entityId: $entity_id
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...AttachmentFields
                }
                nextCursor
                totalCount
              }
            }

            fragment AttachmentFields on Attachment {
              id
              entityType
              entityId
              filename
              contentType
              size
              sha256
              uploadedById
              createdAt
              downloadUrl
            }
            """)
        variables: dict[str, object] = {
            "entity_type": entity_type,
            "entity_id": entity_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="attachments_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return AttachmentsList.model_validate(data)

    async def attachments_get(
        self, attachment_id: str, **kwargs: Any
    ) -> AttachmentsGet:
        query = gql("""
            query attachments_get($attachment_id: ID!) {
              attachmentsGet(attachmentId: $attachment_id) {
                ...AttachmentFields
              }
            }

            fragment AttachmentFields on Attachment {
              id
              entityType
              entityId
              filename
              contentType
              size
              sha256
              uploadedById
              createdAt
              downloadUrl
            }
            """)
        variables: dict[str, object] = {"attachment_id": attachment_id}
        response = await self.execute(
            query=query, operation_name="attachments_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return AttachmentsGet.model_validate(data)

    async def attachments_upload(
        self,
        entity_type: str,
        entity_id: str,
        filename: str,
        content_base_64: str,
        content_type: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> AttachmentsUpload:
        query = gql("""
            mutation attachments_upload($entity_type: String!, $entity_id: ID!, $filename: String!, $content_base64: String!, $content_type: String) {
              attachmentsUpload(
                entityType: $entity_type
                entityId: $entity_id
                filename: $filename
                contentBase64: $content_base64
                contentType: $content_type
              ) {
                result {
                  ...AttachmentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment AttachmentFields on Attachment {
              id
              entityType
              entityId
              filename
              contentType
              size
              sha256
              uploadedById
              createdAt
              downloadUrl
            }
            """)
        variables: dict[str, object] = {
            "entity_type": entity_type,
            "entity_id": entity_id,
            "filename": filename,
            "content_base64": content_base_64,
            "content_type": content_type,
        }
        response = await self.execute(
            query=query,
            operation_name="attachments_upload",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return AttachmentsUpload.model_validate(data)

    async def attachments_delete(
        self, attachment_id: str, **kwargs: Any
    ) -> AttachmentsDelete:
        query = gql("""
            mutation attachments_delete($attachment_id: ID!) {
              attachmentsDelete(attachmentId: $attachment_id) {
                result {
                  ...AttachmentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment AttachmentFields on Attachment {
              id
              entityType
              entityId
              filename
              contentType
              size
              sha256
              uploadedById
              createdAt
              downloadUrl
            }
            """)
        variables: dict[str, object] = {"attachment_id": attachment_id}
        response = await self.execute(
            query=query,
            operation_name="attachments_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return AttachmentsDelete.model_validate(data)

    async def audit_list(
        self,
        actor_id: Union[Optional[str], UnsetType] = UNSET,
        entity_type: Union[Optional[str], UnsetType] = UNSET,
        entity_id: Union[Optional[str], UnsetType] = UNSET,
        action: Union[Optional[str], UnsetType] = UNSET,
        from_: Union[Optional[datetime], UnsetType] = UNSET,
        to: Union[Optional[datetime], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> AuditList:
        query = gql("""
            query audit_list($actor_id: ID, $entity_type: String, $entity_id: String, $action: String, $from: DateTime, $to: DateTime, $limit: Int = 50, $cursor: String) {
              auditList(
                actorId: $actor_id
                entityType: $entity_type
                entityId: $entity_id
                action: $action
                from: $from
                to: $to
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...AuditEntryFields
                }
                nextCursor
                totalCount
              }
            }

            fragment AuditEntryFields on AuditEntry {
              id
              occurredAt
              actorId
              tokenId
              tokenName
              interface
              operation
              entityType
              entityId
              action
              requestId
              changes {
                entityType
                entityId
                action
                fields {
                  name
                  before
                  after
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "actor_id": actor_id,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "action": action,
            "from": from_,
            "to": to,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query, operation_name="audit_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return AuditList.model_validate(data)

    async def audit_get(self, entry_id: str, **kwargs: Any) -> AuditGet:
        query = gql("""
            query audit_get($entry_id: ID!) {
              auditGet(entryId: $entry_id) {
                ...AuditEntryFields
              }
            }

            fragment AuditEntryFields on AuditEntry {
              id
              occurredAt
              actorId
              tokenId
              tokenName
              interface
              operation
              entityType
              entityId
              action
              requestId
              changes {
                entityType
                entityId
                action
                fields {
                  name
                  before
                  after
                }
              }
            }
            """)
        variables: dict[str, object] = {"entry_id": entry_id}
        response = await self.execute(
            query=query, operation_name="audit_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return AuditGet.model_validate(data)

    async def chat_channels_list(
        self,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        include_archived: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ChatChannelsList:
        query = gql("""
            query chat_channels_list($project_id: ID, $include_archived: Boolean = false, $limit: Int = 50, $cursor: String) {
              chatChannelsList(
                projectId: $project_id
                includeArchived: $include_archived
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...ChatChannelFields
                }
                nextCursor
                totalCount
              }
            }

            fragment ChatChannelFields on ChatChannel {
              id
              name
              topic
              projectId
              private
              memberCount
              archivedAt
              createdById
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "include_archived": include_archived,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="chat_channels_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsList.model_validate(data)

    async def chat_channels_create(
        self,
        name: str,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        private: Union[Optional[bool], UnsetType] = UNSET,
        member_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        topic: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ChatChannelsCreate:
        query = gql("""
            mutation chat_channels_create($name: String!, $project_id: ID, $private: Boolean = false, $member_ids: [ID!], $topic: String) {
              chatChannelsCreate(
                name: $name
                projectId: $project_id
                private: $private
                memberIds: $member_ids
                topic: $topic
              ) {
                result {
                  ...ChatChannelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChatChannelFields on ChatChannel {
              id
              name
              topic
              projectId
              private
              memberCount
              archivedAt
              createdById
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "project_id": project_id,
            "private": private,
            "member_ids": member_ids,
            "topic": topic,
        }
        response = await self.execute(
            query=query,
            operation_name="chat_channels_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsCreate.model_validate(data)

    async def chat_channels_update(
        self,
        channel_id: str,
        name: Union[Optional[str], UnsetType] = UNSET,
        topic: Union[Optional[str], UnsetType] = UNSET,
        clear_topic: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ChatChannelsUpdate:
        query = gql("""
            mutation chat_channels_update($channel_id: ID!, $name: String, $topic: String, $clear_topic: Boolean = false) {
              chatChannelsUpdate(
                channelId: $channel_id
                name: $name
                topic: $topic
                clearTopic: $clear_topic
              ) {
                result {
                  ...ChatChannelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChatChannelFields on ChatChannel {
              id
              name
              topic
              projectId
              private
              memberCount
              archivedAt
              createdById
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "channel_id": channel_id,
            "name": name,
            "topic": topic,
            "clear_topic": clear_topic,
        }
        response = await self.execute(
            query=query,
            operation_name="chat_channels_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsUpdate.model_validate(data)

    async def chat_channels_archive(
        self, channel_id: str, **kwargs: Any
    ) -> ChatChannelsArchive:
        query = gql("""
            mutation chat_channels_archive($channel_id: ID!) {
              chatChannelsArchive(channelId: $channel_id) {
                result {
                  ...ChatChannelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChatChannelFields on ChatChannel {
              id
              name
              topic
              projectId
              private
              memberCount
              archivedAt
              createdById
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"channel_id": channel_id}
        response = await self.execute(
            query=query,
            operation_name="chat_channels_archive",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsArchive.model_validate(data)

    async def chat_channels_unarchive(
        self, channel_id: str, **kwargs: Any
    ) -> ChatChannelsUnarchive:
        query = gql("""
            mutation chat_channels_unarchive($channel_id: ID!) {
              chatChannelsUnarchive(channelId: $channel_id) {
                result {
                  ...ChatChannelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChatChannelFields on ChatChannel {
              id
              name
              topic
              projectId
              private
              memberCount
              archivedAt
              createdById
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"channel_id": channel_id}
        response = await self.execute(
            query=query,
            operation_name="chat_channels_unarchive",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsUnarchive.model_validate(data)

    async def chat_channels_members_list(
        self,
        channel_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ChatChannelsMembersList:
        query = gql("""
            query chat_channels_members_list($channel_id: ID!, $limit: Int = 50, $cursor: String) {
              chatChannelsMembersList(channelId: $channel_id, limit: $limit, cursor: $cursor) {
                items {
                  channelId
                  userId
                  user {
                    id
                    name
                    email
                  }
                  createdAt
                }
                nextCursor
                totalCount
              }
            }
            """)
        variables: dict[str, object] = {
            "channel_id": channel_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="chat_channels_members_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsMembersList.model_validate(data)

    async def chat_channels_members_add(
        self, channel_id: str, user_id: str, **kwargs: Any
    ) -> ChatChannelsMembersAdd:
        query = gql("""
            mutation chat_channels_members_add($channel_id: ID!, $user_id: ID!) {
              chatChannelsMembersAdd(channelId: $channel_id, userId: $user_id) {
                result {
                  channelId
                  userId
                  user {
                    id
                    name
                    email
                  }
                  createdAt
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"channel_id": channel_id, "user_id": user_id}
        response = await self.execute(
            query=query,
            operation_name="chat_channels_members_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsMembersAdd.model_validate(data)

    async def chat_channels_members_remove(
        self, channel_id: str, user_id: str, **kwargs: Any
    ) -> ChatChannelsMembersRemove:
        query = gql("""
            mutation chat_channels_members_remove($channel_id: ID!, $user_id: ID!) {
              chatChannelsMembersRemove(channelId: $channel_id, userId: $user_id) {
                result {
                  channelId
                  userId
                  createdAt
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"channel_id": channel_id, "user_id": user_id}
        response = await self.execute(
            query=query,
            operation_name="chat_channels_members_remove",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatChannelsMembersRemove.model_validate(data)

    async def chat_messages_list(
        self,
        channel_id: str,
        before: Union[Optional[str], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ChatMessagesList:
        query = gql("""
            query chat_messages_list($channel_id: ID!, $before: ID, $limit: Int = 50, $cursor: String) {
              chatMessagesList(
                channelId: $channel_id
                before: $before
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...ChatMessageFields
                }
                nextCursor
                totalCount
              }
            }

            fragment ChatMessageFields on ChatMessage {
              id
              channelId
              body
              author {
                id
                name
                email
              }
              mentions {
                id
                name
                email
              }
              createdAt
              editedAt
            }
            """)
        variables: dict[str, object] = {
            "channel_id": channel_id,
            "before": before,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="chat_messages_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatMessagesList.model_validate(data)

    async def chat_messages_send(
        self, channel_id: str, body: str, **kwargs: Any
    ) -> ChatMessagesSend:
        query = gql("""
            mutation chat_messages_send($channel_id: ID!, $body: String!) {
              chatMessagesSend(channelId: $channel_id, body: $body) {
                result {
                  ...ChatMessageFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChatMessageFields on ChatMessage {
              id
              channelId
              body
              author {
                id
                name
                email
              }
              mentions {
                id
                name
                email
              }
              createdAt
              editedAt
            }
            """)
        variables: dict[str, object] = {"channel_id": channel_id, "body": body}
        response = await self.execute(
            query=query,
            operation_name="chat_messages_send",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatMessagesSend.model_validate(data)

    async def chat_messages_edit(
        self, message_id: str, body: str, **kwargs: Any
    ) -> ChatMessagesEdit:
        query = gql("""
            mutation chat_messages_edit($message_id: ID!, $body: String!) {
              chatMessagesEdit(messageId: $message_id, body: $body) {
                result {
                  ...ChatMessageFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChatMessageFields on ChatMessage {
              id
              channelId
              body
              author {
                id
                name
                email
              }
              mentions {
                id
                name
                email
              }
              createdAt
              editedAt
            }
            """)
        variables: dict[str, object] = {"message_id": message_id, "body": body}
        response = await self.execute(
            query=query,
            operation_name="chat_messages_edit",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatMessagesEdit.model_validate(data)

    async def chat_messages_delete(
        self, message_id: str, **kwargs: Any
    ) -> ChatMessagesDelete:
        query = gql("""
            mutation chat_messages_delete($message_id: ID!) {
              chatMessagesDelete(messageId: $message_id) {
                result {
                  id
                  channelId
                  deletedAt
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"message_id": message_id}
        response = await self.execute(
            query=query,
            operation_name="chat_messages_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ChatMessagesDelete.model_validate(data)

    async def clients_list(
        self,
        include_archived: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsList:
        query = gql("""
            query clients_list($include_archived: Boolean = false, $limit: Int = 50, $cursor: String) {
              clientsList(includeArchived: $include_archived, limit: $limit, cursor: $cursor) {
                items {
                  ...ClientFields
                }
                nextCursor
                totalCount
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "include_archived": include_archived,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query, operation_name="clients_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ClientsList.model_validate(data)

    async def clients_get(self, client_id: str, **kwargs: Any) -> ClientsGet:
        query = gql("""
            query clients_get($client_id: ID!) {
              clientsGet(clientId: $client_id) {
                ...ClientFields
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"client_id": client_id}
        response = await self.execute(
            query=query, operation_name="clients_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ClientsGet.model_validate(data)

    async def clients_create(
        self,
        name: str,
        email: Union[Optional[str], UnsetType] = UNSET,
        currency: Union[Optional[str], UnsetType] = UNSET,
        hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        address: Union[Optional[str], UnsetType] = UNSET,
        tax_id: Union[Optional[str], UnsetType] = UNSET,
        notes: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsCreate:
        query = gql("""
            mutation clients_create($name: String!, $email: String, $currency: String, $hourly_rate: Decimal, $address: String, $tax_id: String, $notes: String) {
              clientsCreate(
                name: $name
                email: $email
                currency: $currency
                hourlyRate: $hourly_rate
                address: $address
                taxId: $tax_id
                notes: $notes
              ) {
                result {
                  ...ClientFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "email": email,
            "currency": currency,
            "hourly_rate": hourly_rate,
            "address": address,
            "tax_id": tax_id,
            "notes": notes,
        }
        response = await self.execute(
            query=query, operation_name="clients_create", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ClientsCreate.model_validate(data)

    async def clients_update(
        self,
        client_id: str,
        name: Union[Optional[str], UnsetType] = UNSET,
        email: Union[Optional[str], UnsetType] = UNSET,
        clear_email: Union[Optional[bool], UnsetType] = UNSET,
        currency: Union[Optional[str], UnsetType] = UNSET,
        hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_hourly_rate: Union[Optional[bool], UnsetType] = UNSET,
        address: Union[Optional[str], UnsetType] = UNSET,
        clear_address: Union[Optional[bool], UnsetType] = UNSET,
        tax_id: Union[Optional[str], UnsetType] = UNSET,
        clear_tax_id: Union[Optional[bool], UnsetType] = UNSET,
        notes: Union[Optional[str], UnsetType] = UNSET,
        clear_notes: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsUpdate:
        query = gql("""
            mutation clients_update($client_id: ID!, $name: String, $email: String, $clear_email: Boolean = false, $currency: String, $hourly_rate: Decimal, $clear_hourly_rate: Boolean = false, $address: String, $clear_address: Boolean = false, $tax_id: String, $clear_tax_id: Boolean = false, $notes: String, $clear_notes: Boolean = false) {
              clientsUpdate(
                clientId: $client_id
                name: $name
                email: $email
                clearEmail: $clear_email
                currency: $currency
                hourlyRate: $hourly_rate
                clearHourlyRate: $clear_hourly_rate
                address: $address
                clearAddress: $clear_address
                taxId: $tax_id
                clearTaxId: $clear_tax_id
                notes: $notes
                clearNotes: $clear_notes
              ) {
                result {
                  ...ClientFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "name": name,
            "email": email,
            "clear_email": clear_email,
            "currency": currency,
            "hourly_rate": hourly_rate,
            "clear_hourly_rate": clear_hourly_rate,
            "address": address,
            "clear_address": clear_address,
            "tax_id": tax_id,
            "clear_tax_id": clear_tax_id,
            "notes": notes,
            "clear_notes": clear_notes,
        }
        response = await self.execute(
            query=query, operation_name="clients_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ClientsUpdate.model_validate(data)

    async def clients_archive(self, client_id: str, **kwargs: Any) -> ClientsArchive:
        query = gql("""
            mutation clients_archive($client_id: ID!) {
              clientsArchive(clientId: $client_id) {
                result {
                  ...ClientFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"client_id": client_id}
        response = await self.execute(
            query=query, operation_name="clients_archive", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ClientsArchive.model_validate(data)

    async def clients_unarchive(
        self, client_id: str, **kwargs: Any
    ) -> ClientsUnarchive:
        query = gql("""
            mutation clients_unarchive($client_id: ID!) {
              clientsUnarchive(clientId: $client_id) {
                result {
                  ...ClientFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"client_id": client_id}
        response = await self.execute(
            query=query,
            operation_name="clients_unarchive",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsUnarchive.model_validate(data)

    async def clients_delete(self, client_id: str, **kwargs: Any) -> ClientsDelete:
        query = gql("""
            mutation clients_delete($client_id: ID!) {
              clientsDelete(clientId: $client_id) {
                result {
                  ...ClientFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientFields on Client {
              id
              name
              email
              currency
              hourlyRate
              address
              taxId
              notes
              archived
              archivedAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"client_id": client_id}
        response = await self.execute(
            query=query, operation_name="clients_delete", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ClientsDelete.model_validate(data)

    async def clients_contacts_list(
        self,
        client_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsContactsList:
        query = gql("""
            query clients_contacts_list($client_id: ID!, $limit: Int = 50, $cursor: String) {
              clientsContactsList(clientId: $client_id, limit: $limit, cursor: $cursor) {
                items {
                  ...ClientContactFields
                }
                nextCursor
                totalCount
              }
            }

            fragment ClientContactFields on ClientContact {
              id
              clientId
              name
              email
              phone
              role
              isBillingContact
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="clients_contacts_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsContactsList.model_validate(data)

    async def clients_contacts_create(
        self,
        client_id: str,
        name: str,
        email: Union[Optional[str], UnsetType] = UNSET,
        phone: Union[Optional[str], UnsetType] = UNSET,
        role: Union[Optional[str], UnsetType] = UNSET,
        is_billing_contact: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsContactsCreate:
        query = gql("""
            mutation clients_contacts_create($client_id: ID!, $name: String!, $email: String, $phone: String, $role: String, $is_billing_contact: Boolean = false) {
              clientsContactsCreate(
                clientId: $client_id
                name: $name
                email: $email
                phone: $phone
                role: $role
                isBillingContact: $is_billing_contact
              ) {
                result {
                  ...ClientContactFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientContactFields on ClientContact {
              id
              clientId
              name
              email
              phone
              role
              isBillingContact
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "name": name,
            "email": email,
            "phone": phone,
            "role": role,
            "is_billing_contact": is_billing_contact,
        }
        response = await self.execute(
            query=query,
            operation_name="clients_contacts_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsContactsCreate.model_validate(data)

    async def clients_contacts_update(
        self,
        contact_id: str,
        name: Union[Optional[str], UnsetType] = UNSET,
        email: Union[Optional[str], UnsetType] = UNSET,
        clear_email: Union[Optional[bool], UnsetType] = UNSET,
        phone: Union[Optional[str], UnsetType] = UNSET,
        clear_phone: Union[Optional[bool], UnsetType] = UNSET,
        role: Union[Optional[str], UnsetType] = UNSET,
        clear_role: Union[Optional[bool], UnsetType] = UNSET,
        is_billing_contact: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsContactsUpdate:
        query = gql("""
            mutation clients_contacts_update($contact_id: ID!, $name: String, $email: String, $clear_email: Boolean = false, $phone: String, $clear_phone: Boolean = false, $role: String, $clear_role: Boolean = false, $is_billing_contact: Boolean) {
              clientsContactsUpdate(
                contactId: $contact_id
                name: $name
                email: $email
                clearEmail: $clear_email
                phone: $phone
                clearPhone: $clear_phone
                role: $role
                clearRole: $clear_role
                isBillingContact: $is_billing_contact
              ) {
                result {
                  ...ClientContactFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientContactFields on ClientContact {
              id
              clientId
              name
              email
              phone
              role
              isBillingContact
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "contact_id": contact_id,
            "name": name,
            "email": email,
            "clear_email": clear_email,
            "phone": phone,
            "clear_phone": clear_phone,
            "role": role,
            "clear_role": clear_role,
            "is_billing_contact": is_billing_contact,
        }
        response = await self.execute(
            query=query,
            operation_name="clients_contacts_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsContactsUpdate.model_validate(data)

    async def clients_contacts_delete(
        self, contact_id: str, **kwargs: Any
    ) -> ClientsContactsDelete:
        query = gql("""
            mutation clients_contacts_delete($contact_id: ID!) {
              clientsContactsDelete(contactId: $contact_id) {
                result {
                  ...ClientContactFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ClientContactFields on ClientContact {
              id
              clientId
              name
              email
              phone
              role
              isBillingContact
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"contact_id": contact_id}
        response = await self.execute(
            query=query,
            operation_name="clients_contacts_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsContactsDelete.model_validate(data)

    async def clients_activity_list(
        self,
        client_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ClientsActivityList:
        query = gql("""
            query clients_activity_list($client_id: ID!, $limit: Int = 50, $cursor: String) {
              clientsActivityList(clientId: $client_id, limit: $limit, cursor: $cursor) {
                items {
                  kind
                  occurredAt
                  summary
                  entityId
                  actorId
                  projectId
                  invoiceId
                  paymentId
                  noteId
                  amount
                  currency
                }
                nextCursor
                totalCount
              }
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="clients_activity_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsActivityList.model_validate(data)

    async def clients_notes_add(
        self, client_id: str, body: str, **kwargs: Any
    ) -> ClientsNotesAdd:
        query = gql("""
            mutation clients_notes_add($client_id: ID!, $body: String!) {
              clientsNotesAdd(clientId: $client_id, body: $body) {
                result {
                  id
                  clientId
                  authorId
                  body
                  createdAt
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"client_id": client_id, "body": body}
        response = await self.execute(
            query=query,
            operation_name="clients_notes_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ClientsNotesAdd.model_validate(data)

    async def git_repositories_list(
        self,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> GitRepositoriesList:
        query = gql("""
            query git_repositories_list($limit: Int = 50, $cursor: String) {
              gitRepositoriesList(limit: $limit, cursor: $cursor) {
                items {
                  ...GitRepositoryFields
                }
                nextCursor
                totalCount
              }
            }

            fragment GitRepositoryFields on GitRepository {
              id
              projectId
              provider
              fullName
              webhookUrl
              linkedById
              createdAt
            }
            """)
        variables: dict[str, object] = {"limit": limit, "cursor": cursor}
        response = await self.execute(
            query=query,
            operation_name="git_repositories_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return GitRepositoriesList.model_validate(data)

    async def git_repositories_link(
        self,
        provider: GitProvider,
        full_name: str,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> GitRepositoriesLink:
        query = gql("""
            mutation git_repositories_link($provider: GitProvider!, $full_name: String!, $project_id: ID) {
              gitRepositoriesLink(
                provider: $provider
                fullName: $full_name
                projectId: $project_id
              ) {
                result {
                  repository {
                    ...GitRepositoryFields
                  }
                  webhookUrl
                  secret
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment GitRepositoryFields on GitRepository {
              id
              projectId
              provider
              fullName
              webhookUrl
              linkedById
              createdAt
            }
            """)
        variables: dict[str, object] = {
            "provider": provider,
            "full_name": full_name,
            "project_id": project_id,
        }
        response = await self.execute(
            query=query,
            operation_name="git_repositories_link",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return GitRepositoriesLink.model_validate(data)

    async def git_repositories_unlink(
        self, repository_id: str, **kwargs: Any
    ) -> GitRepositoriesUnlink:
        query = gql("""
            mutation git_repositories_unlink($repository_id: ID!) {
              gitRepositoriesUnlink(repositoryId: $repository_id) {
                result {
                  ...GitRepositoryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment GitRepositoryFields on GitRepository {
              id
              projectId
              provider
              fullName
              webhookUrl
              linkedById
              createdAt
            }
            """)
        variables: dict[str, object] = {"repository_id": repository_id}
        response = await self.execute(
            query=query,
            operation_name="git_repositories_unlink",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return GitRepositoriesUnlink.model_validate(data)

    async def git_branches_list(
        self,
        repository_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> GitBranchesList:
        query = gql("""
            query git_branches_list($repository_id: ID!, $limit: Int = 50, $cursor: String) {
              gitBranchesList(repositoryId: $repository_id, limit: $limit, cursor: $cursor) {
                items {
                  id
                  repositoryId
                  name
                  headSha
                  pushedAt
                }
                nextCursor
                totalCount
              }
            }
            """)
        variables: dict[str, object] = {
            "repository_id": repository_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="git_branches_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return GitBranchesList.model_validate(data)

    async def git_commits_list(
        self,
        repository_id: Union[Optional[str], UnsetType] = UNSET,
        task_id: Union[Optional[str], UnsetType] = UNSET,
        branch: Union[Optional[str], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> GitCommitsList:
        query = gql("""
            query git_commits_list($repository_id: ID, $task_id: ID, $branch: String, $limit: Int = 50, $cursor: String) {
              gitCommitsList(
                repositoryId: $repository_id
                taskId: $task_id
                branch: $branch
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...GitCommitFields
                }
                nextCursor
                totalCount
              }
            }

            fragment GitCommitFields on GitCommit {
              id
              repositoryId
              sha
              message
              authorName
              authorEmail
              url
              committedAt
              taskIds
            }
            """)
        variables: dict[str, object] = {
            "repository_id": repository_id,
            "task_id": task_id,
            "branch": branch,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="git_commits_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return GitCommitsList.model_validate(data)

    async def git_commits_link_task(
        self, commit_id: str, task_id: str, **kwargs: Any
    ) -> GitCommitsLinkTask:
        query = gql("""
            mutation git_commits_link_task($commit_id: ID!, $task_id: ID!) {
              gitCommitsLinkTask(commitId: $commit_id, taskId: $task_id) {
                result {
                  ...GitCommitFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment GitCommitFields on GitCommit {
              id
              repositoryId
              sha
              message
              authorName
              authorEmail
              url
              committedAt
              taskIds
            }
            """)
        variables: dict[str, object] = {"commit_id": commit_id, "task_id": task_id}
        response = await self.execute(
            query=query,
            operation_name="git_commits_link_task",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return GitCommitsLinkTask.model_validate(data)

    async def invoices_list(
        self,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        status: Union[Optional[InvoiceListStatus], UnsetType] = UNSET,
        from_: Union[Optional[date], UnsetType] = UNSET,
        to: Union[Optional[date], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesList:
        query = gql("""
            query invoices_list($client_id: ID, $status: InvoiceListStatus, $from: Date, $to: Date, $limit: Int = 50, $cursor: String) {
              invoicesList(
                clientId: $client_id
                status: $status
                from: $from
                to: $to
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...InvoiceFields
                }
                nextCursor
                totalCount
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "status": status,
            "from": from_,
            "to": to,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query, operation_name="invoices_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesList.model_validate(data)

    async def invoices_get(self, invoice_id: str, **kwargs: Any) -> InvoicesGet:
        query = gql("""
            query invoices_get($invoice_id: ID!) {
              invoicesGet(invoiceId: $invoice_id) {
                ...InvoiceFields
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"invoice_id": invoice_id}
        response = await self.execute(
            query=query, operation_name="invoices_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesGet.model_validate(data)

    async def invoices_create(
        self,
        client_id: str,
        issue_date: Union[Optional[date], UnsetType] = UNSET,
        due_date: Union[Optional[date], UnsetType] = UNSET,
        currency: Union[Optional[str], UnsetType] = UNSET,
        notes: Union[Optional[str], UnsetType] = UNSET,
        tax_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        discount: Union[Optional[DiscountInput], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesCreate:
        query = gql("""
            mutation invoices_create($client_id: ID!, $issue_date: Date, $due_date: Date, $currency: String, $notes: String, $tax_rate: Decimal, $discount: DiscountInput) {
              invoicesCreate(
                clientId: $client_id
                issueDate: $issue_date
                dueDate: $due_date
                currency: $currency
                notes: $notes
                taxRate: $tax_rate
                discount: $discount
              ) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "issue_date": issue_date,
            "due_date": due_date,
            "currency": currency,
            "notes": notes,
            "tax_rate": tax_rate,
            "discount": discount,
        }
        response = await self.execute(
            query=query, operation_name="invoices_create", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesCreate.model_validate(data)

    async def invoices_create_from_time(
        self,
        client_id: str,
        from_: date,
        to: date,
        project_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        group_by: Union[Optional[InvoiceGroupBy], UnsetType] = UNSET,
        tax_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesCreateFromTime:
        query = gql("""
            mutation invoices_create_from_time($client_id: ID!, $from: Date!, $to: Date!, $project_ids: [ID!], $group_by: InvoiceGroupBy = PROJECT, $tax_rate: Decimal) {
              invoicesCreateFromTime(
                clientId: $client_id
                from: $from
                to: $to
                projectIds: $project_ids
                groupBy: $group_by
                taxRate: $tax_rate
              ) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "client_id": client_id,
            "from": from_,
            "to": to,
            "project_ids": project_ids,
            "group_by": group_by,
            "tax_rate": tax_rate,
        }
        response = await self.execute(
            query=query,
            operation_name="invoices_create_from_time",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return InvoicesCreateFromTime.model_validate(data)

    async def invoices_update(
        self,
        invoice_id: str,
        issue_date: Union[Optional[date], UnsetType] = UNSET,
        due_date: Union[Optional[date], UnsetType] = UNSET,
        currency: Union[Optional[str], UnsetType] = UNSET,
        notes: Union[Optional[str], UnsetType] = UNSET,
        clear_notes: Union[Optional[bool], UnsetType] = UNSET,
        tax_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        discount: Union[Optional[DiscountInput], UnsetType] = UNSET,
        clear_discount: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesUpdate:
        query = gql("""
            mutation invoices_update($invoice_id: ID!, $issue_date: Date, $due_date: Date, $currency: String, $notes: String, $clear_notes: Boolean = false, $tax_rate: Decimal, $discount: DiscountInput, $clear_discount: Boolean = false) {
              invoicesUpdate(
                invoiceId: $invoice_id
                issueDate: $issue_date
                dueDate: $due_date
                currency: $currency
                notes: $notes
                clearNotes: $clear_notes
                taxRate: $tax_rate
                discount: $discount
                clearDiscount: $clear_discount
              ) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "invoice_id": invoice_id,
            "issue_date": issue_date,
            "due_date": due_date,
            "currency": currency,
            "notes": notes,
            "clear_notes": clear_notes,
            "tax_rate": tax_rate,
            "discount": discount,
            "clear_discount": clear_discount,
        }
        response = await self.execute(
            query=query, operation_name="invoices_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesUpdate.model_validate(data)

    async def invoices_delete(self, invoice_id: str, **kwargs: Any) -> InvoicesDelete:
        query = gql("""
            mutation invoices_delete($invoice_id: ID!) {
              invoicesDelete(invoiceId: $invoice_id) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"invoice_id": invoice_id}
        response = await self.execute(
            query=query, operation_name="invoices_delete", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesDelete.model_validate(data)

    async def invoices_line_items_add(
        self,
        invoice_id: str,
        description: str,
        quantity: Decimal,
        unit_price: Decimal,
        tax_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesLineItemsAdd:
        query = gql("""
            mutation invoices_line_items_add($invoice_id: ID!, $description: String!, $quantity: Decimal!, $unit_price: Decimal!, $tax_rate: Decimal) {
              invoicesLineItemsAdd(
                invoiceId: $invoice_id
                description: $description
                quantity: $quantity
                unitPrice: $unit_price
                taxRate: $tax_rate
              ) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "invoice_id": invoice_id,
            "description": description,
            "quantity": quantity,
            "unit_price": unit_price,
            "tax_rate": tax_rate,
        }
        response = await self.execute(
            query=query,
            operation_name="invoices_line_items_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return InvoicesLineItemsAdd.model_validate(data)

    async def invoices_line_items_update(
        self,
        line_item_id: str,
        description: Union[Optional[str], UnsetType] = UNSET,
        quantity: Union[Optional[Decimal], UnsetType] = UNSET,
        unit_price: Union[Optional[Decimal], UnsetType] = UNSET,
        tax_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesLineItemsUpdate:
        query = gql("""
            mutation invoices_line_items_update($line_item_id: ID!, $description: String, $quantity: Decimal, $unit_price: Decimal, $tax_rate: Decimal) {
              invoicesLineItemsUpdate(
                lineItemId: $line_item_id
                description: $description
                quantity: $quantity
                unitPrice: $unit_price
                taxRate: $tax_rate
              ) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "line_item_id": line_item_id,
            "description": description,
            "quantity": quantity,
            "unit_price": unit_price,
            "tax_rate": tax_rate,
        }
        response = await self.execute(
            query=query,
            operation_name="invoices_line_items_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return InvoicesLineItemsUpdate.model_validate(data)

    async def invoices_line_items_remove(
        self, line_item_id: str, **kwargs: Any
    ) -> InvoicesLineItemsRemove:
        query = gql("""
            mutation invoices_line_items_remove($line_item_id: ID!) {
              invoicesLineItemsRemove(lineItemId: $line_item_id) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"line_item_id": line_item_id}
        response = await self.execute(
            query=query,
            operation_name="invoices_line_items_remove",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return InvoicesLineItemsRemove.model_validate(data)

    async def invoices_send(
        self,
        invoice_id: str,
        to: Union[Optional[list[str]], UnsetType] = UNSET,
        message: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesSend:
        query = gql("""
            mutation invoices_send($invoice_id: ID!, $to: [String!], $message: String) {
              invoicesSend(invoiceId: $invoice_id, to: $to, message: $message) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "invoice_id": invoice_id,
            "to": to,
            "message": message,
        }
        response = await self.execute(
            query=query, operation_name="invoices_send", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesSend.model_validate(data)

    async def invoices_mark_paid(
        self,
        invoice_id: str,
        paid_on: Union[Optional[date], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> InvoicesMarkPaid:
        query = gql("""
            mutation invoices_mark_paid($invoice_id: ID!, $paid_on: Date) {
              invoicesMarkPaid(invoiceId: $invoice_id, paidOn: $paid_on) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"invoice_id": invoice_id, "paid_on": paid_on}
        response = await self.execute(
            query=query,
            operation_name="invoices_mark_paid",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return InvoicesMarkPaid.model_validate(data)

    async def invoices_void(
        self, invoice_id: str, reason: str, **kwargs: Any
    ) -> InvoicesVoid:
        query = gql("""
            mutation invoices_void($invoice_id: ID!, $reason: String!) {
              invoicesVoid(invoiceId: $invoice_id, reason: $reason) {
                result {
                  ...InvoiceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvoiceFields on Invoice {
              id
              clientId
              status
              overdue
              number
              currency
              issueDate
              dueDate
              notes
              defaultTaxRate
              discountKind
              discountValue
              subtotal
              discountTotal
              taxTotal
              total
              amountPaid
              balance
              clientName
              clientAddress
              clientTaxId
              sentAt
              paidAt
              voidedAt
              voidReason
              pdfPath
              lines {
                id
                position
                description
                quantity
                unitPrice
                taxRate
                amount
              }
              delivery {
                status
                recipients
                attempts
                lastError
                sentAt
              }
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"invoice_id": invoice_id, "reason": reason}
        response = await self.execute(
            query=query, operation_name="invoices_void", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return InvoicesVoid.model_validate(data)

    async def labels_list(
        self,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> LabelsList:
        query = gql("""
            query labels_list($limit: Int = 50, $cursor: String) {
              labelsList(limit: $limit, cursor: $cursor) {
                items {
                  ...LabelFields
                }
                nextCursor
                totalCount
              }
            }

            fragment LabelFields on Label {
              id
              name
              color
            }
            """)
        variables: dict[str, object] = {"limit": limit, "cursor": cursor}
        response = await self.execute(
            query=query, operation_name="labels_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return LabelsList.model_validate(data)

    async def labels_create(
        self, name: str, color: Union[Optional[str], UnsetType] = UNSET, **kwargs: Any
    ) -> LabelsCreate:
        query = gql("""
            mutation labels_create($name: String!, $color: String) {
              labelsCreate(name: $name, color: $color) {
                result {
                  ...LabelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment LabelFields on Label {
              id
              name
              color
            }
            """)
        variables: dict[str, object] = {"name": name, "color": color}
        response = await self.execute(
            query=query, operation_name="labels_create", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return LabelsCreate.model_validate(data)

    async def labels_update(
        self,
        label_id: str,
        name: Union[Optional[str], UnsetType] = UNSET,
        color: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> LabelsUpdate:
        query = gql("""
            mutation labels_update($label_id: ID!, $name: String, $color: String) {
              labelsUpdate(labelId: $label_id, name: $name, color: $color) {
                result {
                  ...LabelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment LabelFields on Label {
              id
              name
              color
            }
            """)
        variables: dict[str, object] = {
            "label_id": label_id,
            "name": name,
            "color": color,
        }
        response = await self.execute(
            query=query, operation_name="labels_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return LabelsUpdate.model_validate(data)

    async def labels_delete(self, label_id: str, **kwargs: Any) -> LabelsDelete:
        query = gql("""
            mutation labels_delete($label_id: ID!) {
              labelsDelete(labelId: $label_id) {
                result {
                  ...LabelFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment LabelFields on Label {
              id
              name
              color
            }
            """)
        variables: dict[str, object] = {"label_id": label_id}
        response = await self.execute(
            query=query, operation_name="labels_delete", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return LabelsDelete.model_validate(data)

    async def members_list(
        self,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> MembersList:
        query = gql("""
            query members_list($limit: Int = 50, $cursor: String) {
              membersList(limit: $limit, cursor: $cursor) {
                items {
                  ...MemberFields
                }
                nextCursor
                totalCount
              }
            }

            fragment MemberFields on Member {
              userId
              role
              joinedAt
              user {
                id
                name
                email
                avatarUrl
                timezone
              }
            }
            """)
        variables: dict[str, object] = {"limit": limit, "cursor": cursor}
        response = await self.execute(
            query=query, operation_name="members_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return MembersList.model_validate(data)

    async def members_get(self, user_id: str, **kwargs: Any) -> MembersGet:
        query = gql("""
            query members_get($user_id: ID!) {
              membersGet(userId: $user_id) {
                ...MemberFields
              }
            }

            fragment MemberFields on Member {
              userId
              role
              joinedAt
              user {
                id
                name
                email
                avatarUrl
                timezone
              }
            }
            """)
        variables: dict[str, object] = {"user_id": user_id}
        response = await self.execute(
            query=query, operation_name="members_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return MembersGet.model_validate(data)

    async def members_update_role(
        self, user_id: str, role: Role, **kwargs: Any
    ) -> MembersUpdateRole:
        query = gql("""
            mutation members_update_role($user_id: ID!, $role: Role!) {
              membersUpdateRole(userId: $user_id, role: $role) {
                result {
                  ...MemberFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment MemberFields on Member {
              userId
              role
              joinedAt
              user {
                id
                name
                email
                avatarUrl
                timezone
              }
            }
            """)
        variables: dict[str, object] = {"user_id": user_id, "role": role}
        response = await self.execute(
            query=query,
            operation_name="members_update_role",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MembersUpdateRole.model_validate(data)

    async def members_remove(self, user_id: str, **kwargs: Any) -> MembersRemove:
        query = gql("""
            mutation members_remove($user_id: ID!) {
              membersRemove(userId: $user_id) {
                result {
                  ...MemberFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment MemberFields on Member {
              userId
              role
              joinedAt
              user {
                id
                name
                email
                avatarUrl
                timezone
              }
            }
            """)
        variables: dict[str, object] = {"user_id": user_id}
        response = await self.execute(
            query=query, operation_name="members_remove", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return MembersRemove.model_validate(data)

    async def members_invite(
        self, email: str, role: Role, **kwargs: Any
    ) -> MembersInvite:
        query = gql("""
            mutation members_invite($email: String!, $role: Role!) {
              membersInvite(email: $email, role: $role) {
                result {
                  ...InvitationFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvitationFields on Invitation {
              id
              email
              role
              status
              invitedById
              createdAt
              expiresAt
              acceptedAt
              revokedAt
            }
            """)
        variables: dict[str, object] = {"email": email, "role": role}
        response = await self.execute(
            query=query, operation_name="members_invite", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return MembersInvite.model_validate(data)

    async def members_invitations_list(
        self,
        include_closed: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> MembersInvitationsList:
        query = gql("""
            query members_invitations_list($include_closed: Boolean = false, $limit: Int = 50, $cursor: String) {
              membersInvitationsList(
                includeClosed: $include_closed
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...InvitationFields
                }
                nextCursor
                totalCount
              }
            }

            fragment InvitationFields on Invitation {
              id
              email
              role
              status
              invitedById
              createdAt
              expiresAt
              acceptedAt
              revokedAt
            }
            """)
        variables: dict[str, object] = {
            "include_closed": include_closed,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="members_invitations_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MembersInvitationsList.model_validate(data)

    async def members_invitations_revoke(
        self, invitation_id: str, **kwargs: Any
    ) -> MembersInvitationsRevoke:
        query = gql("""
            mutation members_invitations_revoke($invitation_id: ID!) {
              membersInvitationsRevoke(invitationId: $invitation_id) {
                result {
                  ...InvitationFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment InvitationFields on Invitation {
              id
              email
              role
              status
              invitedById
              createdAt
              expiresAt
              acceptedAt
              revokedAt
            }
            """)
        variables: dict[str, object] = {"invitation_id": invitation_id}
        response = await self.execute(
            query=query,
            operation_name="members_invitations_revoke",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MembersInvitationsRevoke.model_validate(data)

    async def members_update_rates(
        self,
        user_id: str,
        hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_hourly_rate: Union[Optional[bool], UnsetType] = UNSET,
        cost_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_cost_rate: Union[Optional[bool], UnsetType] = UNSET,
        weekly_capacity_hours: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_weekly_capacity_hours: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> MembersUpdateRates:
        query = gql("""
            mutation members_update_rates($user_id: ID!, $hourly_rate: Decimal, $clear_hourly_rate: Boolean = false, $cost_rate: Decimal, $clear_cost_rate: Boolean = false, $weekly_capacity_hours: Decimal, $clear_weekly_capacity_hours: Boolean = false) {
              membersUpdateRates(
                userId: $user_id
                hourlyRate: $hourly_rate
                clearHourlyRate: $clear_hourly_rate
                costRate: $cost_rate
                clearCostRate: $clear_cost_rate
                weeklyCapacityHours: $weekly_capacity_hours
                clearWeeklyCapacityHours: $clear_weekly_capacity_hours
              ) {
                result {
                  userId
                  role
                  joinedAt
                  hourlyRate
                  costRate
                  weeklyCapacityHours
                  user {
                    id
                    name
                    email
                  }
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "user_id": user_id,
            "hourly_rate": hourly_rate,
            "clear_hourly_rate": clear_hourly_rate,
            "cost_rate": cost_rate,
            "clear_cost_rate": clear_cost_rate,
            "weekly_capacity_hours": weekly_capacity_hours,
            "clear_weekly_capacity_hours": clear_weekly_capacity_hours,
        }
        response = await self.execute(
            query=query,
            operation_name="members_update_rates",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MembersUpdateRates.model_validate(data)

    async def milestones_list(
        self,
        project_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> MilestonesList:
        query = gql("""
            query milestones_list($project_id: ID!, $limit: Int = 50, $cursor: String) {
              milestonesList(projectId: $project_id, limit: $limit, cursor: $cursor) {
                items {
                  ...MilestoneFields
                }
                nextCursor
                totalCount
              }
            }

            fragment MilestoneFields on Milestone {
              id
              projectId
              title
              targetDate
              color
              description
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query, operation_name="milestones_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return MilestonesList.model_validate(data)

    async def milestones_create(
        self,
        project_id: str,
        title: str,
        target_date: date,
        color: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> MilestonesCreate:
        query = gql("""
            mutation milestones_create($project_id: ID!, $title: String!, $target_date: Date!, $color: String, $description: String) {
              milestonesCreate(
                projectId: $project_id
                title: $title
                targetDate: $target_date
                color: $color
                description: $description
              ) {
                result {
                  ...MilestoneFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment MilestoneFields on Milestone {
              id
              projectId
              title
              targetDate
              color
              description
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "title": title,
            "target_date": target_date,
            "color": color,
            "description": description,
        }
        response = await self.execute(
            query=query,
            operation_name="milestones_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MilestonesCreate.model_validate(data)

    async def milestones_update(
        self,
        milestone_id: str,
        title: Union[Optional[str], UnsetType] = UNSET,
        target_date: Union[Optional[date], UnsetType] = UNSET,
        color: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> MilestonesUpdate:
        query = gql("""
            mutation milestones_update($milestone_id: ID!, $title: String, $target_date: Date, $color: String, $description: String, $clear_description: Boolean = false) {
              milestonesUpdate(
                milestoneId: $milestone_id
                title: $title
                targetDate: $target_date
                color: $color
                description: $description
                clearDescription: $clear_description
              ) {
                result {
                  ...MilestoneFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment MilestoneFields on Milestone {
              id
              projectId
              title
              targetDate
              color
              description
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "milestone_id": milestone_id,
            "title": title,
            "target_date": target_date,
            "color": color,
            "description": description,
            "clear_description": clear_description,
        }
        response = await self.execute(
            query=query,
            operation_name="milestones_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MilestonesUpdate.model_validate(data)

    async def milestones_delete(
        self, milestone_id: str, **kwargs: Any
    ) -> MilestonesDelete:
        query = gql("""
            mutation milestones_delete($milestone_id: ID!) {
              milestonesDelete(milestoneId: $milestone_id) {
                result {
                  ...MilestoneFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment MilestoneFields on Milestone {
              id
              projectId
              title
              targetDate
              color
              description
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"milestone_id": milestone_id}
        response = await self.execute(
            query=query,
            operation_name="milestones_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return MilestonesDelete.model_validate(data)

    async def notifications_list(
        self,
        unread_only: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> NotificationsList:
        query = gql("""
            query notifications_list($unread_only: Boolean = false, $limit: Int = 50, $cursor: String) {
              notificationsList(unreadOnly: $unread_only, limit: $limit, cursor: $cursor) {
                items {
                  ...NotificationFields
                }
                nextCursor
                totalCount
              }
            }

            fragment NotificationFields on Notification {
              id
              kind
              entityType
              entityId
              text
              actorId
              readAt
              createdAt
            }
            """)
        variables: dict[str, object] = {
            "unread_only": unread_only,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="notifications_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return NotificationsList.model_validate(data)

    async def notifications_unread_count(
        self, **kwargs: Any
    ) -> NotificationsUnreadCount:
        query = gql("""
            query notifications_unread_count {
              notificationsUnreadCount {
                unreadCount
                changed
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="notifications_unread_count",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return NotificationsUnreadCount.model_validate(data)

    async def notifications_mark_read(
        self, notification_ids: list[str], **kwargs: Any
    ) -> NotificationsMarkRead:
        query = gql("""
            mutation notifications_mark_read($notification_ids: [ID!]!) {
              notificationsMarkRead(notificationIds: $notification_ids) {
                result {
                  unreadCount
                  changed
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"notification_ids": notification_ids}
        response = await self.execute(
            query=query,
            operation_name="notifications_mark_read",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return NotificationsMarkRead.model_validate(data)

    async def notifications_mark_all_read(
        self, **kwargs: Any
    ) -> NotificationsMarkAllRead:
        query = gql("""
            mutation notifications_mark_all_read {
              notificationsMarkAllRead {
                result {
                  unreadCount
                  changed
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="notifications_mark_all_read",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return NotificationsMarkAllRead.model_validate(data)

    async def notifications_dismiss(
        self, notification_id: str, **kwargs: Any
    ) -> NotificationsDismiss:
        query = gql("""
            mutation notifications_dismiss($notification_id: ID!) {
              notificationsDismiss(notificationId: $notification_id) {
                result {
                  ...NotificationFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment NotificationFields on Notification {
              id
              kind
              entityType
              entityId
              text
              actorId
              readAt
              createdAt
            }
            """)
        variables: dict[str, object] = {"notification_id": notification_id}
        response = await self.execute(
            query=query,
            operation_name="notifications_dismiss",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return NotificationsDismiss.model_validate(data)

    async def orgs_get(self, **kwargs: Any) -> OrgsGet:
        query = gql("""
            query orgs_get {
              orgsGet {
                ...OrganizationFields
              }
            }

            fragment OrganizationFields on Organization {
              id
              name
              slug
              currency
              timezone
              weekStart
              defaultHourlyRate
              weeklyCapacityHours
              roundingMode
              roundingMinutes
              invoicePrefix
              paymentTermsDays
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="orgs_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return OrgsGet.model_validate(data)

    async def orgs_update(
        self,
        name: Union[Optional[str], UnsetType] = UNSET,
        currency: Union[Optional[str], UnsetType] = UNSET,
        timezone: Union[Optional[str], UnsetType] = UNSET,
        week_start: Union[Optional[DayOfWeek], UnsetType] = UNSET,
        default_hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_default_hourly_rate: Union[Optional[bool], UnsetType] = UNSET,
        weekly_capacity_hours: Union[Optional[Decimal], UnsetType] = UNSET,
        rounding_mode: Union[Optional[RoundingMode], UnsetType] = UNSET,
        rounding_minutes: Union[Optional[int], UnsetType] = UNSET,
        invoice_prefix: Union[Optional[str], UnsetType] = UNSET,
        payment_terms_days: Union[Optional[int], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> OrgsUpdate:
        query = gql("""
            mutation orgs_update($name: String, $currency: String, $timezone: String, $week_start: DayOfWeek, $default_hourly_rate: Decimal, $clear_default_hourly_rate: Boolean = false, $weekly_capacity_hours: Decimal, $rounding_mode: RoundingMode, $rounding_minutes: Int, $invoice_prefix: String, $payment_terms_days: Int) {
              orgsUpdate(
                name: $name
                currency: $currency
                timezone: $timezone
                weekStart: $week_start
                defaultHourlyRate: $default_hourly_rate
                clearDefaultHourlyRate: $clear_default_hourly_rate
                weeklyCapacityHours: $weekly_capacity_hours
                roundingMode: $rounding_mode
                roundingMinutes: $rounding_minutes
                invoicePrefix: $invoice_prefix
                paymentTermsDays: $payment_terms_days
              ) {
                result {
                  ...OrganizationFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment OrganizationFields on Organization {
              id
              name
              slug
              currency
              timezone
              weekStart
              defaultHourlyRate
              weeklyCapacityHours
              roundingMode
              roundingMinutes
              invoicePrefix
              paymentTermsDays
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "currency": currency,
            "timezone": timezone,
            "week_start": week_start,
            "default_hourly_rate": default_hourly_rate,
            "clear_default_hourly_rate": clear_default_hourly_rate,
            "weekly_capacity_hours": weekly_capacity_hours,
            "rounding_mode": rounding_mode,
            "rounding_minutes": rounding_minutes,
            "invoice_prefix": invoice_prefix,
            "payment_terms_days": payment_terms_days,
        }
        response = await self.execute(
            query=query, operation_name="orgs_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return OrgsUpdate.model_validate(data)

    async def orgs_tokens_list(
        self,
        include_revoked: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> OrgsTokensList:
        query = gql("""
            query orgs_tokens_list($include_revoked: Boolean = false, $limit: Int = 50, $cursor: String) {
              orgsTokensList(includeRevoked: $include_revoked, limit: $limit, cursor: $cursor) {
                items {
                  ...OrganizationTokenFields
                }
                nextCursor
                totalCount
              }
            }

            fragment OrganizationTokenFields on OrganizationToken {
              id
              userId
              owner {
                id
                name
                email
              }
              name
              prefix
              createdAt
              lastUsedAt
              expiresAt
              revokedAt
              readOnly
            }
            """)
        variables: dict[str, object] = {
            "include_revoked": include_revoked,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="orgs_tokens_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return OrgsTokensList.model_validate(data)

    async def orgs_tokens_revoke(
        self, token_id: str, **kwargs: Any
    ) -> OrgsTokensRevoke:
        query = gql("""
            mutation orgs_tokens_revoke($token_id: ID!) {
              orgsTokensRevoke(tokenId: $token_id) {
                result {
                  ...OrganizationTokenFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment OrganizationTokenFields on OrganizationToken {
              id
              userId
              owner {
                id
                name
                email
              }
              name
              prefix
              createdAt
              lastUsedAt
              expiresAt
              revokedAt
              readOnly
            }
            """)
        variables: dict[str, object] = {"token_id": token_id}
        response = await self.execute(
            query=query,
            operation_name="orgs_tokens_revoke",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return OrgsTokensRevoke.model_validate(data)

    async def payments_list(
        self,
        invoice_id: Union[Optional[str], UnsetType] = UNSET,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        from_: Union[Optional[date], UnsetType] = UNSET,
        to: Union[Optional[date], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PaymentsList:
        query = gql("""
            query payments_list($invoice_id: ID, $client_id: ID, $from: Date, $to: Date, $limit: Int = 50, $cursor: String) {
              paymentsList(
                invoiceId: $invoice_id
                clientId: $client_id
                from: $from
                to: $to
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...PaymentFields
                }
                nextCursor
                totalCount
              }
            }

            fragment PaymentFields on Payment {
              id
              invoiceId
              kind
              refundOfId
              amount
              currency
              paidOn
              method
              reference
              notes
              createdAt
              invoice {
                id
                number
                status
                total
                amountPaid
                balance
              }
            }
            """)
        variables: dict[str, object] = {
            "invoice_id": invoice_id,
            "client_id": client_id,
            "from": from_,
            "to": to,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query, operation_name="payments_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return PaymentsList.model_validate(data)

    async def payments_get(self, payment_id: str, **kwargs: Any) -> PaymentsGet:
        query = gql("""
            query payments_get($payment_id: ID!) {
              paymentsGet(paymentId: $payment_id) {
                ...PaymentFields
              }
            }

            fragment PaymentFields on Payment {
              id
              invoiceId
              kind
              refundOfId
              amount
              currency
              paidOn
              method
              reference
              notes
              createdAt
              invoice {
                id
                number
                status
                total
                amountPaid
                balance
              }
            }
            """)
        variables: dict[str, object] = {"payment_id": payment_id}
        response = await self.execute(
            query=query, operation_name="payments_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return PaymentsGet.model_validate(data)

    async def payments_record(
        self,
        invoice_id: str,
        amount: Decimal,
        paid_on: date,
        method: Union[Optional[str], UnsetType] = UNSET,
        reference: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PaymentsRecord:
        query = gql("""
            mutation payments_record($invoice_id: ID!, $amount: Decimal!, $paid_on: Date!, $method: String, $reference: String) {
              paymentsRecord(
                invoiceId: $invoice_id
                amount: $amount
                paidOn: $paid_on
                method: $method
                reference: $reference
              ) {
                result {
                  ...PaymentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PaymentFields on Payment {
              id
              invoiceId
              kind
              refundOfId
              amount
              currency
              paidOn
              method
              reference
              notes
              createdAt
              invoice {
                id
                number
                status
                total
                amountPaid
                balance
              }
            }
            """)
        variables: dict[str, object] = {
            "invoice_id": invoice_id,
            "amount": amount,
            "paid_on": paid_on,
            "method": method,
            "reference": reference,
        }
        response = await self.execute(
            query=query, operation_name="payments_record", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return PaymentsRecord.model_validate(data)

    async def payments_update(
        self,
        payment_id: str,
        amount: Union[Optional[Decimal], UnsetType] = UNSET,
        paid_on: Union[Optional[date], UnsetType] = UNSET,
        method: Union[Optional[str], UnsetType] = UNSET,
        reference: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PaymentsUpdate:
        query = gql("""
            mutation payments_update($payment_id: ID!, $amount: Decimal, $paid_on: Date, $method: String, $reference: String) {
              paymentsUpdate(
                paymentId: $payment_id
                amount: $amount
                paidOn: $paid_on
                method: $method
                reference: $reference
              ) {
                result {
                  ...PaymentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PaymentFields on Payment {
              id
              invoiceId
              kind
              refundOfId
              amount
              currency
              paidOn
              method
              reference
              notes
              createdAt
              invoice {
                id
                number
                status
                total
                amountPaid
                balance
              }
            }
            """)
        variables: dict[str, object] = {
            "payment_id": payment_id,
            "amount": amount,
            "paid_on": paid_on,
            "method": method,
            "reference": reference,
        }
        response = await self.execute(
            query=query, operation_name="payments_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return PaymentsUpdate.model_validate(data)

    async def payments_delete(self, payment_id: str, **kwargs: Any) -> PaymentsDelete:
        query = gql("""
            mutation payments_delete($payment_id: ID!) {
              paymentsDelete(paymentId: $payment_id) {
                result {
                  ...PaymentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PaymentFields on Payment {
              id
              invoiceId
              kind
              refundOfId
              amount
              currency
              paidOn
              method
              reference
              notes
              createdAt
              invoice {
                id
                number
                status
                total
                amountPaid
                balance
              }
            }
            """)
        variables: dict[str, object] = {"payment_id": payment_id}
        response = await self.execute(
            query=query, operation_name="payments_delete", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return PaymentsDelete.model_validate(data)

    async def payments_refund(
        self,
        payment_id: str,
        amount: Union[Optional[Decimal], UnsetType] = UNSET,
        reason: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PaymentsRefund:
        query = gql("""
            mutation payments_refund($payment_id: ID!, $amount: Decimal, $reason: String) {
              paymentsRefund(paymentId: $payment_id, amount: $amount, reason: $reason) {
                result {
                  ...PaymentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PaymentFields on Payment {
              id
              invoiceId
              kind
              refundOfId
              amount
              currency
              paidOn
              method
              reference
              notes
              createdAt
              invoice {
                id
                number
                status
                total
                amountPaid
                balance
              }
            }
            """)
        variables: dict[str, object] = {
            "payment_id": payment_id,
            "amount": amount,
            "reason": reason,
        }
        response = await self.execute(
            query=query, operation_name="payments_refund", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return PaymentsRefund.model_validate(data)

    async def projects_list(
        self,
        include_archived: Union[Optional[bool], UnsetType] = UNSET,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ProjectsList:
        query = gql("""
            query projects_list($include_archived: Boolean = false, $client_id: ID, $limit: Int = 50, $cursor: String) {
              projectsList(
                includeArchived: $include_archived
                clientId: $client_id
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...ProjectFields
                }
                nextCursor
                totalCount
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "include_archived": include_archived,
            "client_id": client_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query, operation_name="projects_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ProjectsList.model_validate(data)

    async def projects_get(self, project_id: str, **kwargs: Any) -> ProjectsGet:
        query = gql("""
            query projects_get($project_id: ID!) {
              projectsGet(projectId: $project_id) {
                ...ProjectFields
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query, operation_name="projects_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ProjectsGet.model_validate(data)

    async def projects_create(
        self,
        name: str,
        key: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        color: Union[Optional[str], UnsetType] = UNSET,
        visibility: Union[Optional[Visibility], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        budget_hours: Union[Optional[Decimal], UnsetType] = UNSET,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ProjectsCreate:
        query = gql("""
            mutation projects_create($name: String!, $key: String, $description: String, $color: String, $visibility: Visibility = OPEN, $billable: Boolean = true, $hourly_rate: Decimal, $budget_hours: Decimal, $client_id: ID) {
              projectsCreate(
                name: $name
                key: $key
                description: $description
                color: $color
                visibility: $visibility
                billable: $billable
                hourlyRate: $hourly_rate
                budgetHours: $budget_hours
                clientId: $client_id
              ) {
                result {
                  ...ProjectFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "key": key,
            "description": description,
            "color": color,
            "visibility": visibility,
            "billable": billable,
            "hourly_rate": hourly_rate,
            "budget_hours": budget_hours,
            "client_id": client_id,
        }
        response = await self.execute(
            query=query, operation_name="projects_create", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ProjectsCreate.model_validate(data)

    async def projects_update(
        self,
        project_id: str,
        name: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        color: Union[Optional[str], UnsetType] = UNSET,
        visibility: Union[Optional[Visibility], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_hourly_rate: Union[Optional[bool], UnsetType] = UNSET,
        budget_hours: Union[Optional[Decimal], UnsetType] = UNSET,
        clear_budget_hours: Union[Optional[bool], UnsetType] = UNSET,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        clear_client: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ProjectsUpdate:
        query = gql("""
            mutation projects_update($project_id: ID!, $name: String, $description: String, $clear_description: Boolean = false, $color: String, $visibility: Visibility, $billable: Boolean, $hourly_rate: Decimal, $clear_hourly_rate: Boolean = false, $budget_hours: Decimal, $clear_budget_hours: Boolean = false, $client_id: ID, $clear_client: Boolean = false) {
              projectsUpdate(
                projectId: $project_id
                name: $name
                description: $description
                clearDescription: $clear_description
                color: $color
                visibility: $visibility
                billable: $billable
                hourlyRate: $hourly_rate
                clearHourlyRate: $clear_hourly_rate
                budgetHours: $budget_hours
                clearBudgetHours: $clear_budget_hours
                clientId: $client_id
                clearClient: $clear_client
              ) {
                result {
                  ...ProjectFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "name": name,
            "description": description,
            "clear_description": clear_description,
            "color": color,
            "visibility": visibility,
            "billable": billable,
            "hourly_rate": hourly_rate,
            "clear_hourly_rate": clear_hourly_rate,
            "budget_hours": budget_hours,
            "clear_budget_hours": clear_budget_hours,
            "client_id": client_id,
            "clear_client": clear_client,
        }
        response = await self.execute(
            query=query, operation_name="projects_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ProjectsUpdate.model_validate(data)

    async def projects_archive(self, project_id: str, **kwargs: Any) -> ProjectsArchive:
        query = gql("""
            mutation projects_archive($project_id: ID!) {
              projectsArchive(projectId: $project_id) {
                result {
                  ...ProjectFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query,
            operation_name="projects_archive",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ProjectsArchive.model_validate(data)

    async def projects_unarchive(
        self, project_id: str, **kwargs: Any
    ) -> ProjectsUnarchive:
        query = gql("""
            mutation projects_unarchive($project_id: ID!) {
              projectsUnarchive(projectId: $project_id) {
                result {
                  ...ProjectFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query,
            operation_name="projects_unarchive",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ProjectsUnarchive.model_validate(data)

    async def projects_members_list(
        self,
        project_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ProjectsMembersList:
        query = gql("""
            query projects_members_list($project_id: ID!, $limit: Int = 50, $cursor: String) {
              projectsMembersList(projectId: $project_id, limit: $limit, cursor: $cursor) {
                items {
                  ...ProjectMemberFields
                }
                nextCursor
                totalCount
              }
            }

            fragment ProjectMemberFields on ProjectMember {
              projectId
              userId
              addedAt
              hourlyRate
              user {
                id
                name
                email
              }
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="projects_members_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ProjectsMembersList.model_validate(data)

    async def projects_members_add(
        self,
        project_id: str,
        user_id: str,
        hourly_rate: Union[Optional[Decimal], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ProjectsMembersAdd:
        query = gql("""
            mutation projects_members_add($project_id: ID!, $user_id: ID!, $hourly_rate: Decimal) {
              projectsMembersAdd(
                projectId: $project_id
                userId: $user_id
                hourlyRate: $hourly_rate
              ) {
                result {
                  ...ProjectMemberFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectMemberFields on ProjectMember {
              projectId
              userId
              addedAt
              hourlyRate
              user {
                id
                name
                email
              }
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "user_id": user_id,
            "hourly_rate": hourly_rate,
        }
        response = await self.execute(
            query=query,
            operation_name="projects_members_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ProjectsMembersAdd.model_validate(data)

    async def projects_members_remove(
        self, project_id: str, user_id: str, **kwargs: Any
    ) -> ProjectsMembersRemove:
        query = gql("""
            mutation projects_members_remove($project_id: ID!, $user_id: ID!) {
              projectsMembersRemove(projectId: $project_id, userId: $user_id) {
                result {
                  ...ProjectMemberFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectMemberFields on ProjectMember {
              projectId
              userId
              addedAt
              hourlyRate
              user {
                id
                name
                email
              }
            }
            """)
        variables: dict[str, object] = {"project_id": project_id, "user_id": user_id}
        response = await self.execute(
            query=query,
            operation_name="projects_members_remove",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ProjectsMembersRemove.model_validate(data)

    async def projects_delete(self, project_id: str, **kwargs: Any) -> ProjectsDelete:
        query = gql("""
            mutation projects_delete($project_id: ID!) {
              projectsDelete(projectId: $project_id) {
                result {
                  ...ProjectFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ProjectFields on Project {
              id
              key
              name
              description
              color
              visibility
              billable
              hourlyRate
              budgetHours
              archived
              archivedAt
              clientId
              clientName
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query, operation_name="projects_delete", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ProjectsDelete.model_validate(data)

    async def projects_stats(self, project_id: str, **kwargs: Any) -> ProjectsStats:
        query = gql("""
            query projects_stats($project_id: ID!) {
              projectsStats(projectId: $project_id) {
                projectId
                taskCount
                completedTaskCount
                overdueTaskCount
                progressPercent
                byStatus {
                  statusId
                  name
                  isTerminal
                  progress
                  taskCount
                }
                trackedSeconds
                billableSeconds
                budgetHours
                budgetUsedPercent
                billableAmount
              }
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query, operation_name="projects_stats", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ProjectsStats.model_validate(data)

    async def public_forms_list(
        self,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PublicFormsList:
        query = gql("""
            query public_forms_list($project_id: ID, $limit: Int = 50, $cursor: String) {
              publicFormsList(projectId: $project_id, limit: $limit, cursor: $cursor) {
                items {
                  ...PublicFormFields
                }
                nextCursor
                totalCount
              }
            }

            fragment PublicFormFields on PublicForm {
              id
              projectId
              title
              description
              fields {
                name
                label
                kind
                required
                options
              }
              slug
              url
              isOpen
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="public_forms_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsList.model_validate(data)

    async def public_forms_get(self, form_id: str, **kwargs: Any) -> PublicFormsGet:
        query = gql("""
            query public_forms_get($form_id: ID!) {
              publicFormsGet(formId: $form_id) {
                ...PublicFormFields
              }
            }

            fragment PublicFormFields on PublicForm {
              id
              projectId
              title
              description
              fields {
                name
                label
                kind
                required
                options
              }
              slug
              url
              isOpen
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"form_id": form_id}
        response = await self.execute(
            query=query,
            operation_name="public_forms_get",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsGet.model_validate(data)

    async def public_forms_create(
        self,
        project_id: str,
        title: str,
        fields: list[FormFieldInput],
        description: Union[Optional[str], UnsetType] = UNSET,
        is_open: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PublicFormsCreate:
        query = gql("""
            mutation public_forms_create($project_id: ID!, $title: String!, $fields: [FormFieldInput!]!, $description: String, $is_open: Boolean = true) {
              publicFormsCreate(
                projectId: $project_id
                title: $title
                fields: $fields
                description: $description
                isOpen: $is_open
              ) {
                result {
                  ...PublicFormFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PublicFormFields on PublicForm {
              id
              projectId
              title
              description
              fields {
                name
                label
                kind
                required
                options
              }
              slug
              url
              isOpen
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "title": title,
            "fields": fields,
            "description": description,
            "is_open": is_open,
        }
        response = await self.execute(
            query=query,
            operation_name="public_forms_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsCreate.model_validate(data)

    async def public_forms_update(
        self,
        form_id: str,
        title: Union[Optional[str], UnsetType] = UNSET,
        fields: Union[Optional[list[FormFieldInput]], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        is_open: Union[Optional[bool], UnsetType] = UNSET,
        new_slug: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PublicFormsUpdate:
        query = gql("""
            mutation public_forms_update($form_id: ID!, $title: String, $fields: [FormFieldInput!], $description: String, $clear_description: Boolean = false, $is_open: Boolean, $new_slug: Boolean = false) {
              publicFormsUpdate(
                formId: $form_id
                title: $title
                fields: $fields
                description: $description
                clearDescription: $clear_description
                isOpen: $is_open
                newSlug: $new_slug
              ) {
                result {
                  ...PublicFormFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PublicFormFields on PublicForm {
              id
              projectId
              title
              description
              fields {
                name
                label
                kind
                required
                options
              }
              slug
              url
              isOpen
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "form_id": form_id,
            "title": title,
            "fields": fields,
            "description": description,
            "clear_description": clear_description,
            "is_open": is_open,
            "new_slug": new_slug,
        }
        response = await self.execute(
            query=query,
            operation_name="public_forms_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsUpdate.model_validate(data)

    async def public_forms_delete(
        self, form_id: str, **kwargs: Any
    ) -> PublicFormsDelete:
        query = gql("""
            mutation public_forms_delete($form_id: ID!) {
              publicFormsDelete(formId: $form_id) {
                result {
                  ...PublicFormFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PublicFormFields on PublicForm {
              id
              projectId
              title
              description
              fields {
                name
                label
                kind
                required
                options
              }
              slug
              url
              isOpen
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"form_id": form_id}
        response = await self.execute(
            query=query,
            operation_name="public_forms_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsDelete.model_validate(data)

    async def public_forms_submissions_list(
        self,
        form_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PublicFormsSubmissionsList:
        query = gql("""
            query public_forms_submissions_list($form_id: ID!, $limit: Int = 50, $cursor: String) {
              publicFormsSubmissionsList(formId: $form_id, limit: $limit, cursor: $cursor) {
                items {
                  ...PublicFormSubmissionFields
                }
                nextCursor
                totalCount
              }
            }

            fragment PublicFormSubmissionFields on PublicFormSubmission {
              id
              formId
              answers {
                name
                value
              }
              taskId
              convertedAt
              createdAt
            }
            """)
        variables: dict[str, object] = {
            "form_id": form_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="public_forms_submissions_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsSubmissionsList.model_validate(data)

    async def public_forms_submissions_convert(
        self,
        submission_id: str,
        title: Union[Optional[str], UnsetType] = UNSET,
        assignee_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> PublicFormsSubmissionsConvert:
        query = gql("""
            mutation public_forms_submissions_convert($submission_id: ID!, $title: String, $assignee_ids: [ID!]) {
              publicFormsSubmissionsConvert(
                submissionId: $submission_id
                title: $title
                assigneeIds: $assignee_ids
              ) {
                result {
                  ...PublicFormSubmissionFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment PublicFormSubmissionFields on PublicFormSubmission {
              id
              formId
              answers {
                name
                value
              }
              taskId
              convertedAt
              createdAt
            }
            """)
        variables: dict[str, object] = {
            "submission_id": submission_id,
            "title": title,
            "assignee_ids": assignee_ids,
        }
        response = await self.execute(
            query=query,
            operation_name="public_forms_submissions_convert",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return PublicFormsSubmissionsConvert.model_validate(data)

    async def reports_timesheet(
        self,
        from_: date,
        to: date,
        group_by: Union[Optional[TimesheetGroup], UnsetType] = UNSET,
        user_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        project_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ReportsTimesheet:
        query = gql("""
            query reports_timesheet($from: Date!, $to: Date!, $group_by: TimesheetGroup = DAY, $user_ids: [ID!], $project_ids: [ID!]) {
              reportsTimesheet(
                from: $from
                to: $to
                groupBy: $group_by
                userIds: $user_ids
                projectIds: $project_ids
              ) {
                from
                to
                groupBy
                settings {
                  ...ReportSettingsFields
                }
                rows {
                  id
                  date
                  label
                  time {
                    ...ReportHoursFields
                  }
                }
                total {
                  ...ReportHoursFields
                }
              }
            }

            fragment ReportHoursFields on ReportHours {
              entryCount
              hours
              roundedHours
              billableHours
              billableRoundedHours
              nonBillableHours
              nonBillableRoundedHours
            }

            fragment ReportSettingsFields on ReportSettings {
              timezone
              weekStart
              roundingMode
              roundingMinutes
              currency
            }
            """)
        variables: dict[str, object] = {
            "from": from_,
            "to": to,
            "group_by": group_by,
            "user_ids": user_ids,
            "project_ids": project_ids,
        }
        response = await self.execute(
            query=query,
            operation_name="reports_timesheet",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ReportsTimesheet.model_validate(data)

    async def reports_revenue(
        self,
        from_: date,
        to: date,
        group_by: Union[Optional[RevenueGroup], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ReportsRevenue:
        query = gql("""
            query reports_revenue($from: Date!, $to: Date!, $group_by: RevenueGroup = MONTH) {
              reportsRevenue(from: $from, to: $to, groupBy: $group_by) {
                from
                to
                groupBy
                rows {
                  id
                  month
                  label
                  currency
                  invoiceCount
                  invoiced
                  paid
                  outstanding
                }
                totals {
                  currency
                  invoiced
                  paid
                  outstanding
                }
              }
            }
            """)
        variables: dict[str, object] = {"from": from_, "to": to, "group_by": group_by}
        response = await self.execute(
            query=query, operation_name="reports_revenue", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ReportsRevenue.model_validate(data)

    async def reports_utilization(
        self,
        from_: date,
        to: date,
        user_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ReportsUtilization:
        query = gql("""
            query reports_utilization($from: Date!, $to: Date!, $user_ids: [ID!]) {
              reportsUtilization(from: $from, to: $to, userIds: $user_ids) {
                from
                to
                workingDays
                settings {
                  ...ReportSettingsFields
                }
                rows {
                  userId
                  name
                  capacityHours
                  utilizationPercent
                  billablePercent
                  time {
                    ...ReportHoursFields
                  }
                }
                total {
                  userId
                  name
                  capacityHours
                  utilizationPercent
                  billablePercent
                  time {
                    ...ReportHoursFields
                  }
                }
              }
            }

            fragment ReportHoursFields on ReportHours {
              entryCount
              hours
              roundedHours
              billableHours
              billableRoundedHours
              nonBillableHours
              nonBillableRoundedHours
            }

            fragment ReportSettingsFields on ReportSettings {
              timezone
              weekStart
              roundingMode
              roundingMinutes
              currency
            }
            """)
        variables: dict[str, object] = {"from": from_, "to": to, "user_ids": user_ids}
        response = await self.execute(
            query=query,
            operation_name="reports_utilization",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ReportsUtilization.model_validate(data)

    async def reports_profitability(
        self,
        from_: date,
        to: date,
        project_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ReportsProfitability:
        query = gql("""
            query reports_profitability($from: Date!, $to: Date!, $project_ids: [ID!]) {
              reportsProfitability(from: $from, to: $to, projectIds: $project_ids) {
                from
                to
                settings {
                  ...ReportSettingsFields
                }
                rows {
                  projectId
                  projectName
                  clientId
                  clientName
                  currency
                  revenue
                  cost
                  margin
                  marginPercent
                  entriesWithoutRate
                  entriesWithoutCostRate
                  time {
                    ...ReportHoursFields
                  }
                }
                totals {
                  currency
                  revenue
                  cost
                  margin
                }
              }
            }

            fragment ReportHoursFields on ReportHours {
              entryCount
              hours
              roundedHours
              billableHours
              billableRoundedHours
              nonBillableHours
              nonBillableRoundedHours
            }

            fragment ReportSettingsFields on ReportSettings {
              timezone
              weekStart
              roundingMode
              roundingMinutes
              currency
            }
            """)
        variables: dict[str, object] = {
            "from": from_,
            "to": to,
            "project_ids": project_ids,
        }
        response = await self.execute(
            query=query,
            operation_name="reports_profitability",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ReportsProfitability.model_validate(data)

    async def reports_unbilled(
        self, client_id: Union[Optional[str], UnsetType] = UNSET, **kwargs: Any
    ) -> ReportsUnbilled:
        query = gql("""
            query reports_unbilled($client_id: ID) {
              reportsUnbilled(clientId: $client_id) {
                settings {
                  ...ReportSettingsFields
                }
                rows {
                  clientId
                  clientName
                  projectId
                  projectName
                  currency
                  amount
                  entriesWithoutRate
                  firstDay
                  lastDay
                  time {
                    ...ReportHoursFields
                  }
                }
                totals {
                  currency
                  amount
                }
              }
            }

            fragment ReportHoursFields on ReportHours {
              entryCount
              hours
              roundedHours
              billableHours
              billableRoundedHours
              nonBillableHours
              nonBillableRoundedHours
            }

            fragment ReportSettingsFields on ReportSettings {
              timezone
              weekStart
              roundingMode
              roundingMinutes
              currency
            }
            """)
        variables: dict[str, object] = {"client_id": client_id}
        response = await self.execute(
            query=query,
            operation_name="reports_unbilled",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return ReportsUnbilled.model_validate(data)

    async def search(
        self,
        query: str,
        types: Union[Optional[list[SearchType]], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> Search:
        _query = gql("""
            query search($query: String!, $types: [SearchType!], $project_id: ID, $limit: Int = 20) {
              search(query: $query, types: $types, projectId: $project_id, limit: $limit) {
                items {
                  entityType
                  entityId
                  title
                  snippet
                  rank
                  projectId
                  projectKey
                  projectName
                  taskId
                  channelId
                  clientId
                }
                terms
              }
            }
            """)
        variables: dict[str, object] = {
            "query": query,
            "types": types,
            "project_id": project_id,
            "limit": limit,
        }
        response = await self.execute(
            query=_query, operation_name="search", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return Search.model_validate(data)

    async def task_groups_list(self, project_id: str, **kwargs: Any) -> TaskGroupsList:
        query = gql("""
            query task_groups_list($project_id: ID!) {
              items: taskGroupsList(projectId: $project_id) {
                ...TaskGroupFields
              }
            }

            fragment TaskGroupFields on TaskGroup {
              id
              projectId
              name
              position
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query,
            operation_name="task_groups_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskGroupsList.model_validate(data)

    async def task_groups_create(
        self,
        project_id: str,
        name: str,
        position: Union[Optional[int], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskGroupsCreate:
        query = gql("""
            mutation task_groups_create($project_id: ID!, $name: String!, $position: Int) {
              taskGroupsCreate(projectId: $project_id, name: $name, position: $position) {
                result {
                  ...TaskGroupFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskGroupFields on TaskGroup {
              id
              projectId
              name
              position
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "name": name,
            "position": position,
        }
        response = await self.execute(
            query=query,
            operation_name="task_groups_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskGroupsCreate.model_validate(data)

    async def task_groups_rename(
        self, group_id: str, name: str, **kwargs: Any
    ) -> TaskGroupsRename:
        query = gql("""
            mutation task_groups_rename($group_id: ID!, $name: String!) {
              taskGroupsRename(groupId: $group_id, name: $name) {
                result {
                  ...TaskGroupFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskGroupFields on TaskGroup {
              id
              projectId
              name
              position
            }
            """)
        variables: dict[str, object] = {"group_id": group_id, "name": name}
        response = await self.execute(
            query=query,
            operation_name="task_groups_rename",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskGroupsRename.model_validate(data)

    async def task_groups_reorder(
        self, project_id: str, group_ids: list[str], **kwargs: Any
    ) -> TaskGroupsReorder:
        query = gql("""
            mutation task_groups_reorder($project_id: ID!, $group_ids: [ID!]!) {
              taskGroupsReorder(projectId: $project_id, groupIds: $group_ids) {
                result {
                  ...TaskGroupFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskGroupFields on TaskGroup {
              id
              projectId
              name
              position
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "group_ids": group_ids,
        }
        response = await self.execute(
            query=query,
            operation_name="task_groups_reorder",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskGroupsReorder.model_validate(data)

    async def task_groups_delete(
        self,
        group_id: str,
        move_tasks_to_group_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskGroupsDelete:
        query = gql("""
            mutation task_groups_delete($group_id: ID!, $move_tasks_to_group_id: ID) {
              taskGroupsDelete(
                groupId: $group_id
                moveTasksToGroupId: $move_tasks_to_group_id
              ) {
                result {
                  ...TaskGroupFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskGroupFields on TaskGroup {
              id
              projectId
              name
              position
            }
            """)
        variables: dict[str, object] = {
            "group_id": group_id,
            "move_tasks_to_group_id": move_tasks_to_group_id,
        }
        response = await self.execute(
            query=query,
            operation_name="task_groups_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskGroupsDelete.model_validate(data)

    async def task_recurrences_list(
        self,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskRecurrencesList:
        query = gql("""
            query task_recurrences_list($project_id: ID, $limit: Int = 50, $cursor: String) {
              taskRecurrencesList(projectId: $project_id, limit: $limit, cursor: $cursor) {
                items {
                  ...TaskRecurrenceFields
                }
                nextCursor
                totalCount
              }
            }

            fragment TaskRecurrenceFields on TaskRecurrence {
              id
              projectId
              templateTaskId
              title
              description
              rule {
                frequency
                interval
                weekdays
                monthDay
                nth
                month
                rrule
              }
              mode
              startsOn
              endsOn
              count
              timezone
              paused
              nextRunAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="task_recurrences_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskRecurrencesList.model_validate(data)

    async def task_recurrences_get(
        self, recurrence_id: str, **kwargs: Any
    ) -> TaskRecurrencesGet:
        query = gql("""
            query task_recurrences_get($recurrence_id: ID!) {
              taskRecurrencesGet(recurrenceId: $recurrence_id) {
                ...TaskRecurrenceFields
              }
            }

            fragment TaskRecurrenceFields on TaskRecurrence {
              id
              projectId
              templateTaskId
              title
              description
              rule {
                frequency
                interval
                weekdays
                monthDay
                nth
                month
                rrule
              }
              mode
              startsOn
              endsOn
              count
              timezone
              paused
              nextRunAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"recurrence_id": recurrence_id}
        response = await self.execute(
            query=query,
            operation_name="task_recurrences_get",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskRecurrencesGet.model_validate(data)

    async def task_recurrences_create(
        self,
        rule: RecurrenceRuleInput,
        starts_on: date,
        template_task_id: Union[Optional[str], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        title: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        ends_on: Union[Optional[date], UnsetType] = UNSET,
        count: Union[Optional[int], UnsetType] = UNSET,
        mode: Union[Optional[RecurrenceMode], UnsetType] = UNSET,
        timezone: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskRecurrencesCreate:
        query = gql("""
            mutation task_recurrences_create($template_task_id: ID, $project_id: ID, $title: String, $description: String, $rule: RecurrenceRuleInput!, $starts_on: Date!, $ends_on: Date, $count: Int, $mode: RecurrenceMode = SCHEDULE, $timezone: String = "UTC") {
              taskRecurrencesCreate(
                templateTaskId: $template_task_id
                projectId: $project_id
                title: $title
                description: $description
                rule: $rule
                startsOn: $starts_on
                endsOn: $ends_on
                count: $count
                mode: $mode
                timezone: $timezone
              ) {
                result {
                  ...TaskRecurrenceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskRecurrenceFields on TaskRecurrence {
              id
              projectId
              templateTaskId
              title
              description
              rule {
                frequency
                interval
                weekdays
                monthDay
                nth
                month
                rrule
              }
              mode
              startsOn
              endsOn
              count
              timezone
              paused
              nextRunAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "template_task_id": template_task_id,
            "project_id": project_id,
            "title": title,
            "description": description,
            "rule": rule,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "count": count,
            "mode": mode,
            "timezone": timezone,
        }
        response = await self.execute(
            query=query,
            operation_name="task_recurrences_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskRecurrencesCreate.model_validate(data)

    async def task_recurrences_update(
        self,
        recurrence_id: str,
        title: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        rule: Union[Optional[RecurrenceRuleInput], UnsetType] = UNSET,
        mode: Union[Optional[RecurrenceMode], UnsetType] = UNSET,
        starts_on: Union[Optional[date], UnsetType] = UNSET,
        ends_on: Union[Optional[date], UnsetType] = UNSET,
        clear_ends_on: Union[Optional[bool], UnsetType] = UNSET,
        count: Union[Optional[int], UnsetType] = UNSET,
        clear_count: Union[Optional[bool], UnsetType] = UNSET,
        timezone: Union[Optional[str], UnsetType] = UNSET,
        paused: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskRecurrencesUpdate:
        query = gql("""
            mutation task_recurrences_update($recurrence_id: ID!, $title: String, $description: String, $clear_description: Boolean = false, $rule: RecurrenceRuleInput, $mode: RecurrenceMode, $starts_on: Date, $ends_on: Date, $clear_ends_on: Boolean = false, $count: Int, $clear_count: Boolean = false, $timezone: String, $paused: Boolean) {
              taskRecurrencesUpdate(
                recurrenceId: $recurrence_id
                title: $title
                description: $description
                clearDescription: $clear_description
                rule: $rule
                mode: $mode
                startsOn: $starts_on
                endsOn: $ends_on
                clearEndsOn: $clear_ends_on
                count: $count
                clearCount: $clear_count
                timezone: $timezone
                paused: $paused
              ) {
                result {
                  ...TaskRecurrenceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskRecurrenceFields on TaskRecurrence {
              id
              projectId
              templateTaskId
              title
              description
              rule {
                frequency
                interval
                weekdays
                monthDay
                nth
                month
                rrule
              }
              mode
              startsOn
              endsOn
              count
              timezone
              paused
              nextRunAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "recurrence_id": recurrence_id,
            "title": title,
            "description": description,
            "clear_description": clear_description,
            "rule": rule,
            "mode": mode,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "clear_ends_on": clear_ends_on,
            "count": count,
            "clear_count": clear_count,
            "timezone": timezone,
            "paused": paused,
        }
        response = await self.execute(
            query=query,
            operation_name="task_recurrences_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskRecurrencesUpdate.model_validate(data)

    async def task_recurrences_delete(
        self, recurrence_id: str, **kwargs: Any
    ) -> TaskRecurrencesDelete:
        query = gql("""
            mutation task_recurrences_delete($recurrence_id: ID!) {
              taskRecurrencesDelete(recurrenceId: $recurrence_id) {
                result {
                  ...TaskRecurrenceFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskRecurrenceFields on TaskRecurrence {
              id
              projectId
              templateTaskId
              title
              description
              rule {
                frequency
                interval
                weekdays
                monthDay
                nth
                month
                rrule
              }
              mode
              startsOn
              endsOn
              count
              timezone
              paused
              nextRunAt
              createdAt
              updatedAt
            }
            """)
        variables: dict[str, object] = {"recurrence_id": recurrence_id}
        response = await self.execute(
            query=query,
            operation_name="task_recurrences_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskRecurrencesDelete.model_validate(data)

    async def task_recurrences_occurrences_list(
        self,
        recurrence_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskRecurrencesOccurrencesList:
        query = gql("""
            query task_recurrences_occurrences_list($recurrence_id: ID!, $limit: Int = 50, $cursor: String) {
              taskRecurrencesOccurrencesList(
                recurrenceId: $recurrence_id
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  id
                  recurrenceId
                  occurrenceKey
                  dueOn
                  taskId
                  task {
                    id
                    key
                    title
                    dueDate
                    completedAt
                  }
                  createdAt
                }
                nextCursor
                totalCount
              }
            }
            """)
        variables: dict[str, object] = {
            "recurrence_id": recurrence_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="task_recurrences_occurrences_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskRecurrencesOccurrencesList.model_validate(data)

    async def task_statuses_list(
        self, project_id: Union[Optional[str], UnsetType] = UNSET, **kwargs: Any
    ) -> TaskStatusesList:
        query = gql("""
            query task_statuses_list($project_id: ID) {
              items: taskStatusesList(projectId: $project_id) {
                ...TaskStatusFields
              }
            }

            fragment TaskStatusFields on TaskStatus {
              id
              name
              color
              position
              isTerminal
              progress
              projectId
              autoAdvanceOn
              autoAdvanceToStatusId
            }
            """)
        variables: dict[str, object] = {"project_id": project_id}
        response = await self.execute(
            query=query,
            operation_name="task_statuses_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskStatusesList.model_validate(data)

    async def task_statuses_create(
        self,
        name: str,
        color: Union[Optional[str], UnsetType] = UNSET,
        is_terminal: Union[Optional[bool], UnsetType] = UNSET,
        progress: Union[Optional[int], UnsetType] = UNSET,
        auto_advance_to_status_id: Union[Optional[str], UnsetType] = UNSET,
        auto_advance_on: Union[Optional[AutoAdvanceTrigger], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskStatusesCreate:
        query = gql("""
            mutation task_statuses_create($name: String!, $color: String, $is_terminal: Boolean = false, $progress: Int, $auto_advance_to_status_id: ID, $auto_advance_on: AutoAdvanceTrigger, $project_id: ID) {
              taskStatusesCreate(
                name: $name
                color: $color
                isTerminal: $is_terminal
                progress: $progress
                autoAdvanceToStatusId: $auto_advance_to_status_id
                autoAdvanceOn: $auto_advance_on
                projectId: $project_id
              ) {
                result {
                  ...TaskStatusFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskStatusFields on TaskStatus {
              id
              name
              color
              position
              isTerminal
              progress
              projectId
              autoAdvanceOn
              autoAdvanceToStatusId
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "color": color,
            "is_terminal": is_terminal,
            "progress": progress,
            "auto_advance_to_status_id": auto_advance_to_status_id,
            "auto_advance_on": auto_advance_on,
            "project_id": project_id,
        }
        response = await self.execute(
            query=query,
            operation_name="task_statuses_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskStatusesCreate.model_validate(data)

    async def task_statuses_update(
        self,
        status_id: str,
        name: Union[Optional[str], UnsetType] = UNSET,
        color: Union[Optional[str], UnsetType] = UNSET,
        is_terminal: Union[Optional[bool], UnsetType] = UNSET,
        progress: Union[Optional[int], UnsetType] = UNSET,
        auto_advance_to_status_id: Union[Optional[str], UnsetType] = UNSET,
        auto_advance_on: Union[Optional[AutoAdvanceTrigger], UnsetType] = UNSET,
        clear_auto_advance: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskStatusesUpdate:
        query = gql("""
            mutation task_statuses_update($status_id: ID!, $name: String, $color: String, $is_terminal: Boolean, $progress: Int, $auto_advance_to_status_id: ID, $auto_advance_on: AutoAdvanceTrigger, $clear_auto_advance: Boolean = false) {
              taskStatusesUpdate(
                statusId: $status_id
                name: $name
                color: $color
                isTerminal: $is_terminal
                progress: $progress
                autoAdvanceToStatusId: $auto_advance_to_status_id
                autoAdvanceOn: $auto_advance_on
                clearAutoAdvance: $clear_auto_advance
              ) {
                result {
                  ...TaskStatusFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskStatusFields on TaskStatus {
              id
              name
              color
              position
              isTerminal
              progress
              projectId
              autoAdvanceOn
              autoAdvanceToStatusId
            }
            """)
        variables: dict[str, object] = {
            "status_id": status_id,
            "name": name,
            "color": color,
            "is_terminal": is_terminal,
            "progress": progress,
            "auto_advance_to_status_id": auto_advance_to_status_id,
            "auto_advance_on": auto_advance_on,
            "clear_auto_advance": clear_auto_advance,
        }
        response = await self.execute(
            query=query,
            operation_name="task_statuses_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskStatusesUpdate.model_validate(data)

    async def task_statuses_reorder(
        self,
        status_ids: list[str],
        project_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskStatusesReorder:
        query = gql("""
            mutation task_statuses_reorder($status_ids: [ID!]!, $project_id: ID) {
              taskStatusesReorder(statusIds: $status_ids, projectId: $project_id) {
                result {
                  ...TaskStatusFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskStatusFields on TaskStatus {
              id
              name
              color
              position
              isTerminal
              progress
              projectId
              autoAdvanceOn
              autoAdvanceToStatusId
            }
            """)
        variables: dict[str, object] = {
            "status_ids": status_ids,
            "project_id": project_id,
        }
        response = await self.execute(
            query=query,
            operation_name="task_statuses_reorder",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskStatusesReorder.model_validate(data)

    async def task_statuses_delete(
        self, status_id: str, replacement_status_id: str, **kwargs: Any
    ) -> TaskStatusesDelete:
        query = gql("""
            mutation task_statuses_delete($status_id: ID!, $replacement_status_id: ID!) {
              taskStatusesDelete(
                statusId: $status_id
                replacementStatusId: $replacement_status_id
              ) {
                result {
                  ...TaskStatusFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskStatusFields on TaskStatus {
              id
              name
              color
              position
              isTerminal
              progress
              projectId
              autoAdvanceOn
              autoAdvanceToStatusId
            }
            """)
        variables: dict[str, object] = {
            "status_id": status_id,
            "replacement_status_id": replacement_status_id,
        }
        response = await self.execute(
            query=query,
            operation_name="task_statuses_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TaskStatusesDelete.model_validate(data)

    async def tasks_list(
        self,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        status_id: Union[Optional[str], UnsetType] = UNSET,
        assignee_id: Union[Optional[str], UnsetType] = UNSET,
        label_id: Union[Optional[str], UnsetType] = UNSET,
        group_id: Union[Optional[str], UnsetType] = UNSET,
        milestone_id: Union[Optional[str], UnsetType] = UNSET,
        parent_task_id: Union[Optional[str], UnsetType] = UNSET,
        due_before: Union[Optional[date], UnsetType] = UNSET,
        due_after: Union[Optional[date], UnsetType] = UNSET,
        query: Union[Optional[str], UnsetType] = UNSET,
        include_completed: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksList:
        _query = gql("""
            query tasks_list($project_id: ID, $status_id: ID, $assignee_id: ID, $label_id: ID, $group_id: ID, $milestone_id: ID, $parent_task_id: ID, $due_before: Date, $due_after: Date, $query: String, $include_completed: Boolean = true, $limit: Int = 50, $cursor: String) {
              tasksList(
                projectId: $project_id
                statusId: $status_id
                assigneeId: $assignee_id
                labelId: $label_id
                groupId: $group_id
                milestoneId: $milestone_id
                parentTaskId: $parent_task_id
                dueBefore: $due_before
                dueAfter: $due_after
                query: $query
                includeCompleted: $include_completed
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...TaskFields
                }
                nextCursor
                totalCount
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "status_id": status_id,
            "assignee_id": assignee_id,
            "label_id": label_id,
            "group_id": group_id,
            "milestone_id": milestone_id,
            "parent_task_id": parent_task_id,
            "due_before": due_before,
            "due_after": due_after,
            "query": query,
            "include_completed": include_completed,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=_query, operation_name="tasks_list", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksList.model_validate(data)

    async def tasks_get(self, task_id: str, **kwargs: Any) -> TasksGet:
        query = gql("""
            query tasks_get($task_id: ID!) {
              tasksGet(taskId: $task_id) {
                ...TaskFields
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id}
        response = await self.execute(
            query=query, operation_name="tasks_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksGet.model_validate(data)

    async def tasks_create(
        self,
        project_id: str,
        title: str,
        description: Union[Optional[str], UnsetType] = UNSET,
        status_id: Union[Optional[str], UnsetType] = UNSET,
        group_id: Union[Optional[str], UnsetType] = UNSET,
        assignee_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        label_ids: Union[Optional[list[str]], UnsetType] = UNSET,
        priority: Union[Optional[Priority], UnsetType] = UNSET,
        start_date: Union[Optional[date], UnsetType] = UNSET,
        due_date: Union[Optional[date], UnsetType] = UNSET,
        estimate_minutes: Union[Optional[int], UnsetType] = UNSET,
        parent_task_id: Union[Optional[str], UnsetType] = UNSET,
        milestone_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksCreate:
        query = gql("""
            mutation tasks_create($project_id: ID!, $title: String!, $description: String, $status_id: ID, $group_id: ID, $assignee_ids: [ID!], $label_ids: [ID!], $priority: Priority = NONE, $start_date: Date, $due_date: Date, $estimate_minutes: Int, $parent_task_id: ID, $milestone_id: ID) {
              tasksCreate(
                projectId: $project_id
                title: $title
                description: $description
                statusId: $status_id
                groupId: $group_id
                assigneeIds: $assignee_ids
                labelIds: $label_ids
                priority: $priority
                startDate: $start_date
                dueDate: $due_date
                estimateMinutes: $estimate_minutes
                parentTaskId: $parent_task_id
                milestoneId: $milestone_id
              ) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "title": title,
            "description": description,
            "status_id": status_id,
            "group_id": group_id,
            "assignee_ids": assignee_ids,
            "label_ids": label_ids,
            "priority": priority,
            "start_date": start_date,
            "due_date": due_date,
            "estimate_minutes": estimate_minutes,
            "parent_task_id": parent_task_id,
            "milestone_id": milestone_id,
        }
        response = await self.execute(
            query=query, operation_name="tasks_create", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksCreate.model_validate(data)

    async def tasks_update(
        self,
        task_id: str,
        title: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        priority: Union[Optional[Priority], UnsetType] = UNSET,
        start_date: Union[Optional[date], UnsetType] = UNSET,
        due_date: Union[Optional[date], UnsetType] = UNSET,
        clear_start_date: Union[Optional[bool], UnsetType] = UNSET,
        clear_due_date: Union[Optional[bool], UnsetType] = UNSET,
        estimate_minutes: Union[Optional[int], UnsetType] = UNSET,
        clear_estimate: Union[Optional[bool], UnsetType] = UNSET,
        milestone_id: Union[Optional[str], UnsetType] = UNSET,
        clear_milestone: Union[Optional[bool], UnsetType] = UNSET,
        parent_task_id: Union[Optional[str], UnsetType] = UNSET,
        clear_parent: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksUpdate:
        query = gql("""
            mutation tasks_update($task_id: ID!, $title: String, $description: String, $clear_description: Boolean = false, $priority: Priority, $start_date: Date, $due_date: Date, $clear_start_date: Boolean = false, $clear_due_date: Boolean = false, $estimate_minutes: Int, $clear_estimate: Boolean = false, $milestone_id: ID, $clear_milestone: Boolean = false, $parent_task_id: ID, $clear_parent: Boolean = false) {
              tasksUpdate(
                taskId: $task_id
                title: $title
                description: $description
                clearDescription: $clear_description
                priority: $priority
                startDate: $start_date
                dueDate: $due_date
                clearStartDate: $clear_start_date
                clearDueDate: $clear_due_date
                estimateMinutes: $estimate_minutes
                clearEstimate: $clear_estimate
                milestoneId: $milestone_id
                clearMilestone: $clear_milestone
                parentTaskId: $parent_task_id
                clearParent: $clear_parent
              ) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {
            "task_id": task_id,
            "title": title,
            "description": description,
            "clear_description": clear_description,
            "priority": priority,
            "start_date": start_date,
            "due_date": due_date,
            "clear_start_date": clear_start_date,
            "clear_due_date": clear_due_date,
            "estimate_minutes": estimate_minutes,
            "clear_estimate": clear_estimate,
            "milestone_id": milestone_id,
            "clear_milestone": clear_milestone,
            "parent_task_id": parent_task_id,
            "clear_parent": clear_parent,
        }
        response = await self.execute(
            query=query, operation_name="tasks_update", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksUpdate.model_validate(data)

    async def tasks_delete(self, task_id: str, **kwargs: Any) -> TasksDelete:
        query = gql("""
            mutation tasks_delete($task_id: ID!) {
              tasksDelete(taskId: $task_id) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id}
        response = await self.execute(
            query=query, operation_name="tasks_delete", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksDelete.model_validate(data)

    async def tasks_assign(
        self, task_id: str, user_id: str, **kwargs: Any
    ) -> TasksAssign:
        query = gql("""
            mutation tasks_assign($task_id: ID!, $user_id: ID!) {
              tasksAssign(taskId: $task_id, userId: $user_id) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "user_id": user_id}
        response = await self.execute(
            query=query, operation_name="tasks_assign", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksAssign.model_validate(data)

    async def tasks_unassign(
        self, task_id: str, user_id: str, **kwargs: Any
    ) -> TasksUnassign:
        query = gql("""
            mutation tasks_unassign($task_id: ID!, $user_id: ID!) {
              tasksUnassign(taskId: $task_id, userId: $user_id) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "user_id": user_id}
        response = await self.execute(
            query=query, operation_name="tasks_unassign", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksUnassign.model_validate(data)

    async def tasks_set_status(
        self, task_id: str, status_id: str, **kwargs: Any
    ) -> TasksSetStatus:
        query = gql("""
            mutation tasks_set_status($task_id: ID!, $status_id: ID!) {
              tasksSetStatus(taskId: $task_id, statusId: $status_id) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "status_id": status_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_set_status",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksSetStatus.model_validate(data)

    async def tasks_labels_add(
        self, task_id: str, label_id: str, **kwargs: Any
    ) -> TasksLabelsAdd:
        query = gql("""
            mutation tasks_labels_add($task_id: ID!, $label_id: ID!) {
              tasksLabelsAdd(taskId: $task_id, labelId: $label_id) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "label_id": label_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_labels_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksLabelsAdd.model_validate(data)

    async def tasks_labels_remove(
        self, task_id: str, label_id: str, **kwargs: Any
    ) -> TasksLabelsRemove:
        query = gql("""
            mutation tasks_labels_remove($task_id: ID!, $label_id: ID!) {
              tasksLabelsRemove(taskId: $task_id, labelId: $label_id) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "label_id": label_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_labels_remove",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksLabelsRemove.model_validate(data)

    async def tasks_move(
        self,
        task_id: str,
        group_id: Union[Optional[str], UnsetType] = UNSET,
        clear_group: Union[Optional[bool], UnsetType] = UNSET,
        position: Union[Optional[int], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksMove:
        query = gql("""
            mutation tasks_move($task_id: ID!, $group_id: ID, $clear_group: Boolean = false, $position: Int) {
              tasksMove(
                taskId: $task_id
                groupId: $group_id
                clearGroup: $clear_group
                position: $position
              ) {
                result {
                  ...TaskFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskFields on Task {
              id
              key
              number
              title
              description
              priority
              position
              startDate
              dueDate
              completedAt
              createdAt
              updatedAt
              projectId
              statusId
              groupId
              milestoneId
              parentTaskId
              estimateMinutes
              subtaskCount
              status {
                id
                name
                isTerminal
                progress
              }
              assignees {
                id
                name
                email
              }
              labels {
                id
                name
                color
              }
              group {
                id
                name
              }
              milestone {
                id
                title
                targetDate
              }
              parentTask {
                id
                key
                title
              }
            }
            """)
        variables: dict[str, object] = {
            "task_id": task_id,
            "group_id": group_id,
            "clear_group": clear_group,
            "position": position,
        }
        response = await self.execute(
            query=query, operation_name="tasks_move", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksMove.model_validate(data)

    async def tasks_reorder(
        self,
        task_ids: list[str],
        group_id: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksReorder:
        query = gql("""
            mutation tasks_reorder($group_id: ID, $task_ids: [ID!]!) {
              tasksReorder(groupId: $group_id, taskIds: $task_ids) {
                result {
                  id
                  key
                  title
                  position
                  groupId
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"group_id": group_id, "task_ids": task_ids}
        response = await self.execute(
            query=query, operation_name="tasks_reorder", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TasksReorder.model_validate(data)

    async def tasks_checklist_list(
        self, task_id: str, **kwargs: Any
    ) -> TasksChecklistList:
        query = gql("""
            query tasks_checklist_list($task_id: ID!) {
              tasksChecklistList(taskId: $task_id) {
                taskId
                items {
                  ...ChecklistItemFields
                }
                doneCount
                totalCount
              }
            }

            fragment ChecklistItemFields on TaskChecklistItem {
              id
              taskId
              text
              done
              doneAt
              position
            }
            """)
        variables: dict[str, object] = {"task_id": task_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_checklist_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksChecklistList.model_validate(data)

    async def tasks_checklist_add(
        self, task_id: str, text: str, **kwargs: Any
    ) -> TasksChecklistAdd:
        query = gql("""
            mutation tasks_checklist_add($task_id: ID!, $text: String!) {
              tasksChecklistAdd(taskId: $task_id, text: $text) {
                result {
                  ...ChecklistItemFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChecklistItemFields on TaskChecklistItem {
              id
              taskId
              text
              done
              doneAt
              position
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "text": text}
        response = await self.execute(
            query=query,
            operation_name="tasks_checklist_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksChecklistAdd.model_validate(data)

    async def tasks_checklist_update(
        self,
        item_id: str,
        text: Union[Optional[str], UnsetType] = UNSET,
        done: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksChecklistUpdate:
        query = gql("""
            mutation tasks_checklist_update($item_id: ID!, $text: String, $done: Boolean) {
              tasksChecklistUpdate(itemId: $item_id, text: $text, done: $done) {
                result {
                  ...ChecklistItemFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChecklistItemFields on TaskChecklistItem {
              id
              taskId
              text
              done
              doneAt
              position
            }
            """)
        variables: dict[str, object] = {"item_id": item_id, "text": text, "done": done}
        response = await self.execute(
            query=query,
            operation_name="tasks_checklist_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksChecklistUpdate.model_validate(data)

    async def tasks_checklist_reorder(
        self, task_id: str, item_ids: list[str], **kwargs: Any
    ) -> TasksChecklistReorder:
        query = gql("""
            mutation tasks_checklist_reorder($task_id: ID!, $item_ids: [ID!]!) {
              tasksChecklistReorder(taskId: $task_id, itemIds: $item_ids) {
                result {
                  taskId
                  items {
                    ...ChecklistItemFields
                  }
                  doneCount
                  totalCount
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChecklistItemFields on TaskChecklistItem {
              id
              taskId
              text
              done
              doneAt
              position
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "item_ids": item_ids}
        response = await self.execute(
            query=query,
            operation_name="tasks_checklist_reorder",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksChecklistReorder.model_validate(data)

    async def tasks_checklist_delete(
        self, item_id: str, **kwargs: Any
    ) -> TasksChecklistDelete:
        query = gql("""
            mutation tasks_checklist_delete($item_id: ID!) {
              tasksChecklistDelete(itemId: $item_id) {
                result {
                  ...ChecklistItemFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment ChecklistItemFields on TaskChecklistItem {
              id
              taskId
              text
              done
              doneAt
              position
            }
            """)
        variables: dict[str, object] = {"item_id": item_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_checklist_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksChecklistDelete.model_validate(data)

    async def tasks_comments_list(
        self,
        task_id: str,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TasksCommentsList:
        query = gql("""
            query tasks_comments_list($task_id: ID!, $limit: Int = 50, $cursor: String) {
              tasksCommentsList(taskId: $task_id, limit: $limit, cursor: $cursor) {
                items {
                  ...TaskCommentFields
                }
                nextCursor
                totalCount
              }
            }

            fragment TaskCommentFields on TaskComment {
              id
              taskId
              body
              author {
                id
                name
                email
              }
              mentions {
                id
                name
                email
              }
              createdAt
              editedAt
            }
            """)
        variables: dict[str, object] = {
            "task_id": task_id,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="tasks_comments_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksCommentsList.model_validate(data)

    async def tasks_comments_add(
        self, task_id: str, body: str, **kwargs: Any
    ) -> TasksCommentsAdd:
        query = gql("""
            mutation tasks_comments_add($task_id: ID!, $body: String!) {
              tasksCommentsAdd(taskId: $task_id, body: $body) {
                result {
                  ...TaskCommentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskCommentFields on TaskComment {
              id
              taskId
              body
              author {
                id
                name
                email
              }
              mentions {
                id
                name
                email
              }
              createdAt
              editedAt
            }
            """)
        variables: dict[str, object] = {"task_id": task_id, "body": body}
        response = await self.execute(
            query=query,
            operation_name="tasks_comments_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksCommentsAdd.model_validate(data)

    async def tasks_comments_update(
        self, comment_id: str, body: str, **kwargs: Any
    ) -> TasksCommentsUpdate:
        query = gql("""
            mutation tasks_comments_update($comment_id: ID!, $body: String!) {
              tasksCommentsUpdate(commentId: $comment_id, body: $body) {
                result {
                  ...TaskCommentFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TaskCommentFields on TaskComment {
              id
              taskId
              body
              author {
                id
                name
                email
              }
              mentions {
                id
                name
                email
              }
              createdAt
              editedAt
            }
            """)
        variables: dict[str, object] = {"comment_id": comment_id, "body": body}
        response = await self.execute(
            query=query,
            operation_name="tasks_comments_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksCommentsUpdate.model_validate(data)

    async def tasks_comments_delete(
        self, comment_id: str, **kwargs: Any
    ) -> TasksCommentsDelete:
        query = gql("""
            mutation tasks_comments_delete($comment_id: ID!) {
              tasksCommentsDelete(commentId: $comment_id) {
                result {
                  id
                  taskId
                  body
                  createdAt
                  editedAt
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {"comment_id": comment_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_comments_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksCommentsDelete.model_validate(data)

    async def tasks_dependencies_list(
        self, task_id: str, **kwargs: Any
    ) -> TasksDependenciesList:
        query = gql("""
            query tasks_dependencies_list($task_id: ID!) {
              tasksDependenciesList(taskId: $task_id) {
                task {
                  ...DependencyTaskFields
                }
                dependsOn {
                  ...DependencyTaskFields
                }
                dependents {
                  ...DependencyTaskFields
                }
              }
            }

            fragment DependencyTaskFields on Task {
              id
              key
              title
              completedAt
              status {
                id
                name
                isTerminal
              }
            }
            """)
        variables: dict[str, object] = {"task_id": task_id}
        response = await self.execute(
            query=query,
            operation_name="tasks_dependencies_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksDependenciesList.model_validate(data)

    async def tasks_dependencies_list_all(
        self, **kwargs: Any
    ) -> TasksDependenciesListAll:
        query = gql("""
            query tasks_dependencies_list_all {
              tasksDependenciesListAll {
                items {
                  id
                  taskId
                  dependsOnTaskId
                  task {
                    id
                    key
                    title
                    completedAt
                  }
                  dependsOn {
                    id
                    key
                    title
                    completedAt
                  }
                }
                totalCount
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="tasks_dependencies_list_all",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksDependenciesListAll.model_validate(data)

    async def tasks_dependencies_add(
        self, task_id: str, depends_on_task_id: str, **kwargs: Any
    ) -> TasksDependenciesAdd:
        query = gql("""
            mutation tasks_dependencies_add($task_id: ID!, $depends_on_task_id: ID!) {
              tasksDependenciesAdd(taskId: $task_id, dependsOnTaskId: $depends_on_task_id) {
                result {
                  id
                  taskId
                  dependsOnTaskId
                  task {
                    id
                    key
                    title
                  }
                  dependsOn {
                    id
                    key
                    title
                    completedAt
                  }
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "task_id": task_id,
            "depends_on_task_id": depends_on_task_id,
        }
        response = await self.execute(
            query=query,
            operation_name="tasks_dependencies_add",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksDependenciesAdd.model_validate(data)

    async def tasks_dependencies_remove(
        self, task_id: str, depends_on_task_id: str, **kwargs: Any
    ) -> TasksDependenciesRemove:
        query = gql("""
            mutation tasks_dependencies_remove($task_id: ID!, $depends_on_task_id: ID!) {
              tasksDependenciesRemove(taskId: $task_id, dependsOnTaskId: $depends_on_task_id) {
                result {
                  id
                  taskId
                  dependsOnTaskId
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "task_id": task_id,
            "depends_on_task_id": depends_on_task_id,
        }
        response = await self.execute(
            query=query,
            operation_name="tasks_dependencies_remove",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TasksDependenciesRemove.model_validate(data)

    async def time_start_timer(
        self,
        task_id: Union[Optional[str], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeStartTimer:
        query = gql("""
            mutation time_start_timer($task_id: ID, $project_id: ID, $description: String, $billable: Boolean = false) {
              timeStartTimer(
                taskId: $task_id
                projectId: $project_id
                description: $description
                billable: $billable
              ) {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "task_id": task_id,
            "project_id": project_id,
            "description": description,
            "billable": billable,
        }
        response = await self.execute(
            query=query,
            operation_name="time_start_timer",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeStartTimer.model_validate(data)

    async def time_stop_timer(self, **kwargs: Any) -> TimeStopTimer:
        query = gql("""
            mutation time_stop_timer {
              timeStopTimer {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="time_stop_timer", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TimeStopTimer.model_validate(data)

    async def time_update_timer(
        self,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        task_id: Union[Optional[str], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        clear_task: Union[Optional[bool], UnsetType] = UNSET,
        clear_project: Union[Optional[bool], UnsetType] = UNSET,
        started_at: Union[Optional[datetime], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeUpdateTimer:
        query = gql("""
            mutation time_update_timer($description: String, $clear_description: Boolean = false, $task_id: ID, $project_id: ID, $clear_task: Boolean = false, $clear_project: Boolean = false, $started_at: DateTime, $billable: Boolean) {
              timeUpdateTimer(
                description: $description
                clearDescription: $clear_description
                taskId: $task_id
                projectId: $project_id
                clearTask: $clear_task
                clearProject: $clear_project
                startedAt: $started_at
                billable: $billable
              ) {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "description": description,
            "clear_description": clear_description,
            "task_id": task_id,
            "project_id": project_id,
            "clear_task": clear_task,
            "clear_project": clear_project,
            "started_at": started_at,
            "billable": billable,
        }
        response = await self.execute(
            query=query,
            operation_name="time_update_timer",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeUpdateTimer.model_validate(data)

    async def time_discard_timer(self, **kwargs: Any) -> TimeDiscardTimer:
        query = gql("""
            mutation time_discard_timer {
              timeDiscardTimer {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="time_discard_timer",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeDiscardTimer.model_validate(data)

    async def time_current_timer(self, **kwargs: Any) -> TimeCurrentTimer:
        query = gql("""
            query time_current_timer {
              timer: timeCurrentTimer {
                ...TimeEntryFields
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="time_current_timer",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeCurrentTimer.model_validate(data)

    async def time_entries_list(
        self,
        user_id: Union[Optional[str], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        task_id: Union[Optional[str], UnsetType] = UNSET,
        from_: Union[Optional[datetime], UnsetType] = UNSET,
        to: Union[Optional[datetime], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        invoiced: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeEntriesList:
        query = gql("""
            query time_entries_list($user_id: ID, $project_id: ID, $task_id: ID, $from: DateTime, $to: DateTime, $billable: Boolean, $client_id: ID, $invoiced: Boolean, $limit: Int = 50, $cursor: String) {
              timeEntriesList(
                userId: $user_id
                projectId: $project_id
                taskId: $task_id
                from: $from
                to: $to
                billable: $billable
                clientId: $client_id
                invoiced: $invoiced
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...TimeEntryFields
                }
                nextCursor
                totalCount
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "user_id": user_id,
            "project_id": project_id,
            "task_id": task_id,
            "from": from_,
            "to": to,
            "billable": billable,
            "client_id": client_id,
            "invoiced": invoiced,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="time_entries_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeEntriesList.model_validate(data)

    async def time_entries_get(self, entry_id: str, **kwargs: Any) -> TimeEntriesGet:
        query = gql("""
            query time_entries_get($entry_id: ID!) {
              timeEntriesGet(entryId: $entry_id) {
                ...TimeEntryFields
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {"entry_id": entry_id}
        response = await self.execute(
            query=query,
            operation_name="time_entries_get",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeEntriesGet.model_validate(data)

    async def time_entries_create(
        self,
        started_at: datetime,
        ended_at: Union[Optional[datetime], UnsetType] = UNSET,
        duration_minutes: Union[Optional[int], UnsetType] = UNSET,
        task_id: Union[Optional[str], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeEntriesCreate:
        query = gql("""
            mutation time_entries_create($started_at: DateTime!, $ended_at: DateTime, $duration_minutes: Int, $task_id: ID, $project_id: ID, $description: String, $billable: Boolean = false) {
              timeEntriesCreate(
                startedAt: $started_at
                endedAt: $ended_at
                durationMinutes: $duration_minutes
                taskId: $task_id
                projectId: $project_id
                description: $description
                billable: $billable
              ) {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "started_at": started_at,
            "ended_at": ended_at,
            "duration_minutes": duration_minutes,
            "task_id": task_id,
            "project_id": project_id,
            "description": description,
            "billable": billable,
        }
        response = await self.execute(
            query=query,
            operation_name="time_entries_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeEntriesCreate.model_validate(data)

    async def time_entries_update(
        self,
        entry_id: str,
        started_at: Union[Optional[datetime], UnsetType] = UNSET,
        ended_at: Union[Optional[datetime], UnsetType] = UNSET,
        task_id: Union[Optional[str], UnsetType] = UNSET,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        description: Union[Optional[str], UnsetType] = UNSET,
        clear_description: Union[Optional[bool], UnsetType] = UNSET,
        billable: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeEntriesUpdate:
        query = gql("""
            mutation time_entries_update($entry_id: ID!, $started_at: DateTime, $ended_at: DateTime, $task_id: ID, $project_id: ID, $description: String, $clear_description: Boolean = false, $billable: Boolean) {
              timeEntriesUpdate(
                entryId: $entry_id
                startedAt: $started_at
                endedAt: $ended_at
                taskId: $task_id
                projectId: $project_id
                description: $description
                clearDescription: $clear_description
                billable: $billable
              ) {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "entry_id": entry_id,
            "started_at": started_at,
            "ended_at": ended_at,
            "task_id": task_id,
            "project_id": project_id,
            "description": description,
            "clear_description": clear_description,
            "billable": billable,
        }
        response = await self.execute(
            query=query,
            operation_name="time_entries_update",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeEntriesUpdate.model_validate(data)

    async def time_entries_delete(
        self, entry_id: str, **kwargs: Any
    ) -> TimeEntriesDelete:
        query = gql("""
            mutation time_entries_delete($entry_id: ID!) {
              timeEntriesDelete(entryId: $entry_id) {
                result {
                  ...TimeEntryFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment TimeEntryFields on TimeEntry {
              id
              userId
              projectId
              taskId
              description
              billable
              startedAt
              endedAt
              running
              durationSeconds
              roundedDurationSeconds
              hourlyRate
              costRate
              amount
              currency
              task {
                id
                key
                title
              }
              project {
                id
                key
                name
              }
            }
            """)
        variables: dict[str, object] = {"entry_id": entry_id}
        response = await self.execute(
            query=query,
            operation_name="time_entries_delete",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeEntriesDelete.model_validate(data)

    async def time_entries_rerate(
        self,
        project_id: Union[Optional[str], UnsetType] = UNSET,
        client_id: Union[Optional[str], UnsetType] = UNSET,
        user_id: Union[Optional[str], UnsetType] = UNSET,
        from_: Union[Optional[datetime], UnsetType] = UNSET,
        to: Union[Optional[datetime], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeEntriesRerate:
        query = gql("""
            mutation time_entries_rerate($project_id: ID, $client_id: ID, $user_id: ID, $from: DateTime, $to: DateTime) {
              timeEntriesRerate(
                projectId: $project_id
                clientId: $client_id
                userId: $user_id
                from: $from
                to: $to
              ) {
                result {
                  examinedCount
                  changedCount
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "project_id": project_id,
            "client_id": client_id,
            "user_id": user_id,
            "from": from_,
            "to": to,
        }
        response = await self.execute(
            query=query,
            operation_name="time_entries_rerate",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return TimeEntriesRerate.model_validate(data)

    async def users_tokens_list(
        self,
        include_revoked: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> UsersTokensList:
        query = gql("""
            query users_tokens_list($include_revoked: Boolean = false, $limit: Int = 50, $cursor: String) {
              usersTokensList(
                includeRevoked: $include_revoked
                limit: $limit
                cursor: $cursor
              ) {
                items {
                  ...AccessTokenFields
                }
                nextCursor
                totalCount
              }
            }

            fragment AccessTokenFields on AccessToken {
              id
              name
              prefix
              createdAt
              lastUsedAt
              expiresAt
              revokedAt
              readOnly
            }
            """)
        variables: dict[str, object] = {
            "include_revoked": include_revoked,
            "limit": limit,
            "cursor": cursor,
        }
        response = await self.execute(
            query=query,
            operation_name="users_tokens_list",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return UsersTokensList.model_validate(data)

    async def users_tokens_create(
        self,
        name: str,
        expires_in_days: Union[Optional[int], UnsetType] = UNSET,
        never_expires: Union[Optional[bool], UnsetType] = UNSET,
        read_only: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> UsersTokensCreate:
        query = gql("""
            mutation users_tokens_create($name: String!, $expires_in_days: Int, $never_expires: Boolean = false, $read_only: Boolean = false) {
              usersTokensCreate(
                name: $name
                expiresInDays: $expires_in_days
                neverExpires: $never_expires
                readOnly: $read_only
              ) {
                result {
                  token {
                    ...AccessTokenFields
                  }
                  plaintext
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment AccessTokenFields on AccessToken {
              id
              name
              prefix
              createdAt
              lastUsedAt
              expiresAt
              revokedAt
              readOnly
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "expires_in_days": expires_in_days,
            "never_expires": never_expires,
            "read_only": read_only,
        }
        response = await self.execute(
            query=query,
            operation_name="users_tokens_create",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return UsersTokensCreate.model_validate(data)

    async def users_tokens_revoke(
        self, token_id: str, **kwargs: Any
    ) -> UsersTokensRevoke:
        query = gql("""
            mutation users_tokens_revoke($token_id: ID!) {
              usersTokensRevoke(tokenId: $token_id) {
                result {
                  ...AccessTokenFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment AccessTokenFields on AccessToken {
              id
              name
              prefix
              createdAt
              lastUsedAt
              expiresAt
              revokedAt
              readOnly
            }
            """)
        variables: dict[str, object] = {"token_id": token_id}
        response = await self.execute(
            query=query,
            operation_name="users_tokens_revoke",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return UsersTokensRevoke.model_validate(data)

    async def users_get(self, user_id: str, **kwargs: Any) -> UsersGet:
        query = gql("""
            query users_get($user_id: ID!) {
              usersGet(userId: $user_id) {
                ...UserFields
              }
            }

            fragment UserFields on User {
              id
              name
              email
              avatarUrl
              timezone
            }
            """)
        variables: dict[str, object] = {"user_id": user_id}
        response = await self.execute(
            query=query, operation_name="users_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return UsersGet.model_validate(data)

    async def users_update_profile(
        self,
        name: Union[Optional[str], UnsetType] = UNSET,
        avatar_url: Union[Optional[str], UnsetType] = UNSET,
        clear_avatar_url: Union[Optional[bool], UnsetType] = UNSET,
        timezone: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> UsersUpdateProfile:
        query = gql("""
            mutation users_update_profile($name: String, $avatar_url: String, $clear_avatar_url: Boolean = false, $timezone: String) {
              usersUpdateProfile(
                name: $name
                avatarUrl: $avatar_url
                clearAvatarUrl: $clear_avatar_url
                timezone: $timezone
              ) {
                result {
                  ...UserFields
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }

            fragment UserFields on User {
              id
              name
              email
              avatarUrl
              timezone
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "avatar_url": avatar_url,
            "clear_avatar_url": clear_avatar_url,
            "timezone": timezone,
        }
        response = await self.execute(
            query=query,
            operation_name="users_update_profile",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return UsersUpdateProfile.model_validate(data)

    async def users_update_preferences(
        self,
        notification_kinds: Union[Optional[list[NotificationKind]], UnsetType] = UNSET,
        week_start: Union[Optional[WeekStart], UnsetType] = UNSET,
        clear_week_start: Union[Optional[bool], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> UsersUpdatePreferences:
        query = gql("""
            mutation users_update_preferences($notification_kinds: [NotificationKind!], $week_start: WeekStart, $clear_week_start: Boolean = false) {
              usersUpdatePreferences(
                notificationKinds: $notification_kinds
                weekStart: $week_start
                clearWeekStart: $clear_week_start
              ) {
                result {
                  notificationKinds
                  weekStart
                }
                errors {
                  code
                  field
                  message
                  reason
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "notification_kinds": notification_kinds,
            "week_start": week_start,
            "clear_week_start": clear_week_start,
        }
        response = await self.execute(
            query=query,
            operation_name="users_update_preferences",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return UsersUpdatePreferences.model_validate(data)

    async def whoami(self, **kwargs: Any) -> Whoami:
        query = gql("""
            query whoami {
              whoami {
                user {
                  id
                  name
                  email
                }
                organization {
                  id
                  name
                  slug
                  createdAt
                }
                role
                permissions
                tokenName
                tokenExpiresAt
                tokenReadOnly
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="whoami", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return Whoami.model_validate(data)
