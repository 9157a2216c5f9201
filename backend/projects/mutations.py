"""Project changes."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.projects import service
from backend.projects.models import Visibility as VisibilityValue
from backend.projects.types import Project, ProjectMember, Visibility


@strawberry.type
class ProjectsMutation:
    @strawberry.mutation(description="Create a Space. You become its first member.")
    async def projects_create(
        self,
        info: AppInfo,
        name: str,
        key: str | None = None,
        description: str | None = None,
        color: str | None = None,
        visibility: Visibility = VisibilityValue.OPEN,
        billable: bool = True,
        hourly_rate: Decimal | None = None,
        budget_hours: Decimal | None = None,
    ) -> Payload[Project]:
        call = service.create_project(
            principal(info),
            name=name,
            key=key,
            description=description,
            color=color,
            visibility=visibility,
            billable=billable,
            hourly_rate=hourly_rate,
            budget_hours=budget_hours,
        )
        return await as_payload(call, Project.from_model)

    @strawberry.mutation(description="Change a Space's name, description, color or visibility.")
    async def projects_update(
        self,
        info: AppInfo,
        project_id: strawberry.ID,
        name: str | None = None,
        description: str | None = None,
        clear_description: bool = False,
        color: str | None = None,
        visibility: Visibility | None = None,
        billable: bool | None = None,
        hourly_rate: Decimal | None = None,
        clear_hourly_rate: bool = False,
        budget_hours: Decimal | None = None,
        clear_budget_hours: bool = False,
    ) -> Payload[Project]:
        call = service.update_project(
            principal(info),
            project_id=project_id,
            name=name,
            description=description,
            clear_description=clear_description,
            color=color,
            visibility=visibility,
            billable=billable,
            hourly_rate=hourly_rate,
            clear_hourly_rate=clear_hourly_rate,
            budget_hours=budget_hours,
            clear_budget_hours=clear_budget_hours,
        )
        return await as_payload(call, Project.from_model)

    @strawberry.mutation(description="Archive a Space: it becomes read-only.")
    async def projects_archive(self, info: AppInfo, project_id: strawberry.ID) -> Payload[Project]:
        call = service.set_archived(principal(info), project_id=project_id, archived=True)
        return await as_payload(call, Project.from_model)

    @strawberry.mutation(description="Unarchive a Space: it becomes writable again.")
    async def projects_unarchive(
        self, info: AppInfo, project_id: strawberry.ID
    ) -> Payload[Project]:
        call = service.set_archived(principal(info), project_id=project_id, archived=False)
        return await as_payload(call, Project.from_model)

    @strawberry.mutation(description="Delete a Space and its tasks for good; tracked time is kept.")
    async def projects_delete(self, info: AppInfo, project_id: strawberry.ID) -> Payload[Project]:
        return await as_payload(
            service.delete_project(principal(info), project_id=project_id), Project.from_model
        )

    @strawberry.mutation(
        description="Add an organization member to a Space, or change their rate on it."
    )
    async def projects_members_add(
        self,
        info: AppInfo,
        project_id: strawberry.ID,
        user_id: strawberry.ID,
        hourly_rate: Decimal | None = None,
    ) -> Payload[ProjectMember]:
        call = service.add_member(
            principal(info), project_id=project_id, user_id=user_id, hourly_rate=hourly_rate
        )
        return await as_payload(call, ProjectMember.from_model)

    @strawberry.mutation(description="Remove a member from a Space.")
    async def projects_members_remove(
        self, info: AppInfo, project_id: strawberry.ID, user_id: strawberry.ID
    ) -> Payload[ProjectMember]:
        call = service.remove_member(principal(info), project_id=project_id, user_id=user_id)
        return await as_payload(call, ProjectMember.from_model)
