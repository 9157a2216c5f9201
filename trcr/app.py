"""The ASGI application: /graphql, /mcp, /healthz and /readyz on one Starlette app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp
from tortoise import connections

from backend import commit_hooks
from backend.core import db, realtime
from backend.core.rate_limit import RateLimit
from backend.core.security import BodySizeLimit, CsrfProtection, HostOriginGuard
from backend.graphql_view import RequireToken, graphql_app
from backend.notifications import reminders
from backend.schema import create_schema
from backend.settings import Settings
from backend.task_recurrences import scheduler as recurrence_scheduler
from mcp_adapter.server import create_mcp_endpoint
from subscriptions import Broadcast, create_broadcast

logger = logging.getLogger("trcr")


def create_app(settings: Settings) -> Starlette:
    commit_hooks.install()
    schema = create_schema(settings)
    mcp = create_mcp_endpoint(settings, schema)
    state: dict[str, Broadcast] = {}

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await db.init(settings.database_url)
        broadcast = create_broadcast(settings.broker_url)
        await broadcast.connect()
        state["broadcast"] = broadcast
        realtime.configure(broadcast)
        try:
            # The scheduler stops before events and the database close below.
            async with mcp.lifespan(), AsyncExitStack() as background:
                if settings.scheduler:
                    await background.enter_async_context(recurrence_scheduler.running())
                    await background.enter_async_context(reminders.running())
                yield
        finally:
            realtime.configure(None)
            await broadcast.disconnect()
            await db.close()

    async def healthz(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def readyz(_request: Request) -> JSONResponse:
        checks: dict[str, str] = {}
        try:
            await connections.get(db.connection_name(settings.database_url)).execute_query(
                "SELECT 1"
            )
            checks["database"] = "ok"
        except Exception as error:
            checks["database"] = f"unavailable: {type(error).__name__}"
        try:
            await state["broadcast"].ping()
            checks["broker"] = "ok"
        except Exception as error:
            checks["broker"] = f"unavailable: {type(error).__name__}"
        ready = all(value == "ok" for value in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "unavailable", **checks},
            status_code=200 if ready else 503,
        )

    # WebSocket origins are checked by the GraphQL view; browsers cannot POST JSON cross-site
    # without a preflight we never grant, so /graphql checks only the Host.
    graphql: ASGIApp = HostOriginGuard(
        BodySizeLimit(
            CsrfProtection(RequireToken(graphql_app(schema, settings))), settings.max_body_bytes
        ),
        allowed_hosts=settings.allowed_hosts,
        allowed_origins=None,
    )
    graphql = RateLimit(graphql, settings.rate_limit)  # /mcp spends the same budget in the adapter
    mcp_app = HostOriginGuard(
        BodySizeLimit(mcp.asgi_app, settings.max_body_bytes),
        allowed_hosts=settings.allowed_hosts,
        allowed_origins=settings.allowed_origins,
    )
    routes = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/graphql", graphql),
        WebSocketRoute("/graphql", graphql),
        Route("/mcp", mcp_app),
        *mcp.discovery_routes(),  # OAuth probes learn that /mcp takes a PAT header instead
    ]
    return Starlette(routes=routes, lifespan=lifespan)
