from datetime import date, datetime
from decimal import Decimal
from typing import Any, Optional, Union

from .async_base_client import AsyncBaseClient
from .base_model import UNSET, UnsetType
from .enums import AutoAdvanceTrigger, Priority, RecurrenceMode, Visibility
from .input_types import RecurrenceRuleInput
from .labels_create import LabelsCreate
from .labels_delete import LabelsDelete
from .labels_list import LabelsList
from .labels_update import LabelsUpdate
from .members_get import MembersGet
from .members_list import MembersList
from .milestones_create import MilestonesCreate
from .milestones_delete import MilestonesDelete
from .milestones_list import MilestonesList
from .milestones_update import MilestonesUpdate
from .orgs_get import OrgsGet
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
from .time_entries_create import TimeEntriesCreate
from .time_entries_delete import TimeEntriesDelete
from .time_entries_get import TimeEntriesGet
from .time_entries_list import TimeEntriesList
from .time_entries_update import TimeEntriesUpdate
from .time_start_timer import TimeStartTimer
from .time_stop_timer import TimeStopTimer
from .users_tokens_create import UsersTokensCreate
from .users_tokens_list import UsersTokensList
from .users_tokens_revoke import UsersTokensRevoke
from .whoami import Whoami


def gql(q: str) -> str:
    return q


class TrcrClient(AsyncBaseClient):
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
                  userId
                  role
                  joinedAt
                  user {
                    id
                    name
                    email
                  }
                }
                nextCursor
                totalCount
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
                userId
                role
                joinedAt
                user {
                  id
                  name
                  email
                }
              }
            }
            """)
        variables: dict[str, object] = {"user_id": user_id}
        response = await self.execute(
            query=query, operation_name="members_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return MembersGet.model_validate(data)

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

    async def orgs_get(self, **kwargs: Any) -> OrgsGet:
        query = gql("""
            query orgs_get {
              orgsGet {
                id
                name
                slug
                createdAt
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="orgs_get", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return OrgsGet.model_validate(data)

    async def projects_list(
        self,
        include_archived: Union[Optional[bool], UnsetType] = UNSET,
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ProjectsList:
        query = gql("""
            query projects_list($include_archived: Boolean = false, $limit: Int = 50, $cursor: String) {
              projectsList(includeArchived: $include_archived, limit: $limit, cursor: $cursor) {
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
        **kwargs: Any,
    ) -> ProjectsCreate:
        query = gql("""
            mutation projects_create($name: String!, $key: String, $description: String, $color: String, $visibility: Visibility = OPEN, $billable: Boolean = true, $hourly_rate: Decimal, $budget_hours: Decimal) {
              projectsCreate(
                name: $name
                key: $key
                description: $description
                color: $color
                visibility: $visibility
                billable: $billable
                hourlyRate: $hourly_rate
                budgetHours: $budget_hours
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
        **kwargs: Any,
    ) -> ProjectsUpdate:
        query = gql("""
            mutation projects_update($project_id: ID!, $name: String, $description: String, $clear_description: Boolean = false, $color: String, $visibility: Visibility, $billable: Boolean, $hourly_rate: Decimal, $clear_hourly_rate: Boolean = false, $budget_hours: Decimal, $clear_budget_hours: Boolean = false) {
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
        limit: Union[Optional[int], UnsetType] = UNSET,
        cursor: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TimeEntriesList:
        query = gql("""
            query time_entries_list($user_id: ID, $project_id: ID, $task_id: ID, $from: DateTime, $to: DateTime, $billable: Boolean, $limit: Int = 50, $cursor: String) {
              timeEntriesList(
                userId: $user_id
                projectId: $project_id
                taskId: $task_id
                from: $from
                to: $to
                billable: $billable
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
        **kwargs: Any,
    ) -> UsersTokensCreate:
        query = gql("""
            mutation users_tokens_create($name: String!, $expires_in_days: Int, $never_expires: Boolean = false) {
              usersTokensCreate(
                name: $name
                expiresInDays: $expires_in_days
                neverExpires: $never_expires
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
            }
            """)
        variables: dict[str, object] = {
            "name": name,
            "expires_in_days": expires_in_days,
            "never_expires": never_expires,
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
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="whoami", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return Whoami.model_validate(data)
