"""Milestone changes."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.core.graphql_types import Payload
from backend.core.resolvers import AppInfo, as_payload, principal
from backend.milestones import service
from backend.milestones.types import Milestone


@strawberry.type
class MilestonesMutation:
    @strawberry.mutation(description="Add a milestone to a Space's Gantt chart.")
    async def milestones_create(
        self,
        info: AppInfo,
        project_id: strawberry.ID,
        title: str,
        target_date: date,
        color: str | None = None,
        description: str | None = None,
    ) -> Payload[Milestone]:
        call = service.create_milestone(
            principal(info),
            project_id=project_id,
            title=title,
            target_date=target_date,
            color=color,
            description=description,
        )
        return await as_payload(call, Milestone.from_model)

    @strawberry.mutation(
        description="Change a milestone; omitted arguments stay unchanged, clear_description empties the description."
    )
    async def milestones_update(
        self,
        info: AppInfo,
        milestone_id: strawberry.ID,
        title: str | None = None,
        target_date: date | None = None,
        color: str | None = None,
        description: str | None = None,
        clear_description: bool = False,
    ) -> Payload[Milestone]:
        call = service.update_milestone(
            principal(info),
            milestone_id=milestone_id,
            title=title,
            target_date=target_date,
            color=color,
            description=description,
            clear_description=clear_description,
        )
        return await as_payload(call, Milestone.from_model)

    @strawberry.mutation(description="Delete a milestone; its tasks stay, detached from it.")
    async def milestones_delete(
        self, info: AppInfo, milestone_id: strawberry.ID
    ) -> Payload[Milestone]:
        call = service.delete_milestone(principal(info), milestone_id=milestone_id)
        return await as_payload(call, Milestone.from_model)
