"""The `events` subscription: the organization's committed changes that the subscriber may see."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from enum import Enum
from typing import Annotated

import strawberry

from backend.core import realtime
from backend.core.errors import Unauthenticated
from backend.core.resolvers import AppInfo, principal
from backend.events.access import SubscriberAccess
from backend.events.types import Event, EventTypeEnum
from backend.projects import service as projects_service
from subscriptions import EventMessage, organization_channel

logger = logging.getLogger("trcr.events")


@strawberry.type
class EventsSubscription:
    @strawberry.subscription(description="Live changes in your organization, optionally filtered.")
    async def events(
        self,
        info: AppInfo,
        types: Annotated[
            list[Enum] | None,
            strawberry.argument(
                description="Only events of these types; every type you may see when omitted.",
                graphql_type=list[EventTypeEnum] | None,
            ),
        ] = None,
        project_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only events of this Space."),
        ] = None,
    ) -> AsyncGenerator[Event, None]:
        access = SubscriberAccess(principal(info))
        if project_id is not None:
            project_id = strawberry.ID(
                str((await projects_service.get_project(access.principal, project_id)).id)
            )
        wanted = {str(event_type.value) for event_type in types or []}
        channel = organization_channel(access.principal.organization_id)
        async with realtime.broadcast().subscribe(channel) as stream:
            async for raw in stream:
                try:
                    message = EventMessage.from_json(raw.message)
                except ValueError:
                    logger.warning("Dropped a malformed event on %s", channel)
                    continue
                # Before any filter: an event this subscription skips may still change its access.
                access.observe(message)
                if wanted and message.type not in wanted:
                    continue
                if project_id is not None and message.project_id != project_id:
                    continue
                try:
                    # Role changes, removal and revocation apply to open subscriptions too.
                    await access.refresh()
                except Unauthenticated:
                    return
                if await access.can_see(message):
                    yield Event.from_message(message)
