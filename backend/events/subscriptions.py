"""The `events` subscription: the organization's committed changes that the subscriber may see."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Callable
from contextlib import aclosing
from enum import Enum
from typing import Annotated

import strawberry
from starlette.websockets import WebSocket

from backend.core.errors import Invalid, Unauthenticated
from backend.core.resolvers import AppInfo, principal
from backend.events import hub
from backend.events.access import SubscriberAccess
from backend.events.types import STREAM_RESYNC, Event, EventTypeEnum
from backend.projects import service as projects_service
from observability.metrics import EVENTS_DELIVERED

logger = logging.getLogger("trcr.events")

# WebSocket close code and reason for a subscriber whose bounded queue overflowed.
CLOSE_FELL_BEHIND = 4008
FELL_BEHIND_REASON = "subscriber fell behind; reconnect with events(after: <last sequence you saw>)"

# Close tasks in flight (the event loop keeps only weak references to tasks).
_closing: set[asyncio.Task[None]] = set()


def _closer(info: AppInfo) -> Callable[[], None]:
    """What cuts this subscriber off: its WebSocket closed with 4008 (the generator then ends
    with the connection)."""
    socket = info.context.request
    principal = info.context.principal

    def close() -> None:
        if not isinstance(socket, WebSocket):
            return
        logger.warning(
            "An events subscriber of user %s fell behind (its queue is full): closing its "
            "socket with %d",
            principal.user_id,
            CLOSE_FELL_BEHIND,
        )
        task = asyncio.create_task(socket.close(code=CLOSE_FELL_BEHIND, reason=FELL_BEHIND_REASON))
        _closing.add(task)
        task.add_done_callback(_closing.discard)

    return close


@strawberry.type
class EventsSubscription:
    @strawberry.subscription(
        description=(
            "Live changes in your organization, optionally filtered, in sequence order and each "
            "once. Pass `after` (the last `sequence` you saw) when reconnecting to receive what "
            "you missed first; if that is no longer retained you get one `stream.resync` event "
            "(refetch what you show)."
        )
    )
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
        after: Annotated[
            int | None,
            strawberry.argument(
                description=(
                    "The last sequence number you have seen: retained events after it are "
                    "replayed before live ones. Omit for live events only."
                )
            ),
        ] = None,
    ) -> AsyncGenerator[Event, None]:
        access = SubscriberAccess(principal(info))
        if after is not None and after < 0:
            raise Invalid(
                "after must be 0 or more: the last event sequence you saw (0 for everything "
                "retained), or omitted for live events only.",
                field="after",
            )
        if project_id is not None:
            project_id = strawberry.ID(
                str((await projects_service.get_project(access.principal, project_id)).id)
            )
        wanted = {str(event_type.value) for event_type in types or []}
        organization_id = access.principal.organization_id
        async with (
            hub.listen(organization_id, _closer(info)) as feed,
            aclosing(hub.stream(organization_id, feed, after)) as messages,
        ):
            while True:
                try:
                    message = await anext(messages)
                except (hub.FellBehindError, hub.FeedEndedError):
                    return
                if message.type == STREAM_RESYNC:
                    # Never filtered: the subscriber must refetch whatever it shows.
                    yield Event.from_message(message)
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
                    EVENTS_DELIVERED.labels(type=message.type).inc()
                    yield Event.from_message(message)
