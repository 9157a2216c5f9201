"""The `events` subscription: the organization's committed changes that the subscriber may see."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from typing import Annotated

import strawberry

from backend.core import events
from backend.core.errors import Unauthenticated
from backend.core.resolvers import AppInfo, principal
from backend.events.access import can_see
from backend.events.types import Event
from backend.projects import service as projects_service
from backend.users import authentication
from subscriptions import EventMessage, organization_channel

logger = logging.getLogger("trcr.events")


@strawberry.type
class EventsSubscription:
    @strawberry.subscription(description="Live changes in your organization, optionally filtered.")
    async def events(
        self,
        info: AppInfo,
        types: Annotated[
            list[str] | None,
            strawberry.argument(description="Only events of these types, e.g. task.created."),
        ] = None,
        project_id: Annotated[
            strawberry.ID | None, strawberry.argument(description="Only events of this Space.")
        ] = None,
    ) -> AsyncGenerator[Event, None]:
        subscriber = principal(info)
        if project_id is not None:
            project_id = strawberry.ID(
                str((await projects_service.get_project(subscriber, project_id)).id)
            )
        wanted = set(types or [])
        channel = organization_channel(subscriber.organization_id)
        async with events.broadcast().subscribe(channel) as stream:
            async for raw in stream:
                try:
                    message = EventMessage.from_json(raw.message)
                except ValueError:
                    logger.warning("Dropped a malformed event on %s", channel)
                    continue
                if wanted and message.type not in wanted:
                    continue
                if project_id is not None and message.project_id != project_id:
                    continue
                try:
                    # Role changes, removal and revocation apply to open subscriptions too.
                    subscriber = await authentication.refresh(subscriber)
                except Unauthenticated:
                    return
                if await can_see(subscriber, message):
                    yield Event.from_message(message)
