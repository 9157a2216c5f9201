"""The ASGI application: /graphql, /mcp, /healthz and /readyz on one Starlette app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute, request_response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp
from tortoise import connections

from backend import commit_hooks, graphiql_page
from backend.attachments import routes as attachment_routes
from backend.attachments import service as attachments_service
from backend.attachments import storage as attachment_storage
from backend.core import db, realtime
from backend.core.rate_limit import RateLimit
from backend.core.security import BodySizeLimit, CsrfProtection, HostOriginGuard
from backend.events import hub as event_hub
from backend.events import outbox
from backend.git import routes as git_routes
from backend.git import service as git_service
from backend.graphql_view import RequireToken, graphql_app
from backend.invoices.http import invoice_pdf
from backend.mail import delivery as mail_delivery
from backend.members import invitations
from backend.notifications import reminders
from backend.public_forms import routes as form_routes
from backend.public_forms import service as forms_service
from backend.schema import create_schema
from backend.settings import Settings
from backend.task_recurrences import scheduler as recurrence_scheduler
from mcp_adapter.server import create_mcp_endpoint
from observability.exposition import MetricsEndpoint
from observability.requests import RequestId
from subscriptions import Broadcast, create_broadcast

logger = logging.getLogger("trcr")


class NotReady(Exception):
    """A /readyz check's verdict with its own words (e.g. "outbox 42 s behind")."""


def create_app(settings: Settings) -> Starlette:
    commit_hooks.install()
    invitations.configure_server_address(settings.mcp_url.removesuffix("/mcp"))
    git_service.configure(base_url=settings.base_url)
    attachments_service.configure(base_url=settings.base_url)
    attachment_storage.configure(settings.storage_url)
    forms_service.configure(base_url=settings.base_url)
    schema = create_schema(settings)
    mcp = create_mcp_endpoint(settings, schema)
    event_hub.configure(settings.subscriber_queue)
    state: dict[str, Broadcast] = {}

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await db.init(settings.database_url)
        broadcast = create_broadcast(settings.broker_url)
        await broadcast.connect()
        state["broadcast"] = broadcast
        realtime.configure(broadcast)
        mail_delivery.configure(
            mail_delivery.transport_for(settings.smtp_url, settings.mail_outbox),
            sender=settings.mail_from,
        )
        try:
            # The background loops stop before events and the database close below.
            async with mcp.lifespan(), AsyncExitStack() as background:
                # Entered first, so it stops last: it flushes what the loops below committed.
                await background.enter_async_context(
                    outbox.running(
                        broadcast,
                        poll_seconds=settings.relay_poll_seconds,
                        retention_seconds=settings.event_retention_seconds,
                        flush_seconds=settings.shutdown_flush_seconds,
                    )
                )
                if settings.scheduler:
                    await background.enter_async_context(
                        recurrence_scheduler.running(settings.recurrence_poll_seconds)
                    )
                    await background.enter_async_context(
                        reminders.running(settings.reminder_poll_seconds)
                    )
                await background.enter_async_context(
                    mail_delivery.running(settings.mail_retry_seconds)
                )
                yield
        finally:
            mail_delivery.configure(None)
            realtime.configure(None)
            await broadcast.disconnect()
            await db.close()

    async def healthz(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def database_check() -> None:
        connection = connections.get(db.connection_name(settings.database_url))
        await connection.execute_query("SELECT 1")

    async def broker_check() -> None:
        await state["broadcast"].ping()

    async def outbox_check() -> None:
        # Committed events older than this have not reached any subscriber: realtime is down
        # even when the broker answers (a stuck relay, a lost lock).
        lag = await outbox.lag_seconds()
        if lag > settings.outbox_max_lag_seconds:
            raise NotReady(
                f"{lag:.1f} s behind (limit {settings.outbox_max_lag_seconds:g} s): committed "
                "events are not reaching subscribers"
            )

    # /readyz runs each check in turn; one that raises makes the answer 503: NotReady with its
    # message, anything else by its exception's name. A new dependency is one more entry.
    readiness: dict[str, Callable[[], Awaitable[None]]] = {
        "database": database_check,
        "broker": broker_check,
        "outbox": outbox_check,
    }

    async def readyz(_request: Request) -> JSONResponse:
        checks: dict[str, str] = {}
        for name, check in readiness.items():
            try:
                await check()
                checks[name] = "ok"
            except NotReady as error:
                checks[name] = f"unavailable: {error}"
            except Exception as error:
                checks[name] = f"unavailable: {type(error).__name__}"
        ready = all(value == "ok" for value in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "unavailable", **checks},
            status_code=200 if ready else 503,
        )

    # WebSocket origins are checked by the GraphQL view; browsers cannot POST JSON cross-site
    # without a preflight we never grant, so /graphql checks only the Host.
    graphql: ASGIApp = HostOriginGuard(
        BodySizeLimit(
            CsrfProtection(RequireToken(graphql_app(schema, settings, mcp.executor.tools))),
            settings.max_body_bytes,
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

    # Routes beside /graphql and /mcp: each checks its own credential (a token, a signature, a
    # form's slug) inside the same host check, body cap and rate limit.
    def public(app: ASGIApp, max_body_bytes: int = settings.max_body_bytes) -> ASGIApp:
        guarded = HostOriginGuard(
            BodySizeLimit(app, max_body_bytes),
            allowed_hosts=settings.allowed_hosts,
            allowed_origins=None,
        )
        return RateLimit(guarded, settings.rate_limit)

    git_webhook = git_routes.webhook_route()
    upload = attachment_routes.upload_route(settings.max_attachment_bytes)
    download = attachment_routes.download_route()
    multipart_overhead = 64 * 1024  # the form's other fields and part headers
    form_page, form_submit = form_routes.routes(settings.form_rate_limit)
    routes: list[BaseRoute] = [
        Route("/healthz", healthz),
        Route("/invoices/{invoice_id}.pdf", public(request_response(invoice_pdf)), methods=["GET"]),
        Route("/readyz", readyz),
        # Scrapers address each replica directly: the host check applies, the token is the lock.
        Route(
            "/metrics",
            HostOriginGuard(
                MetricsEndpoint(settings.metrics_token),
                allowed_hosts=settings.allowed_hosts,
                allowed_origins=None,
            ),
            methods=["GET"],
        ),
        Route("/graphql", graphql),
        WebSocketRoute("/graphql", graphql),
        Route("/mcp", mcp_app),
        Route(git_webhook.path, public(git_webhook.app), methods=["POST"]),
        Route(
            upload.path,
            public(upload.app, settings.max_attachment_bytes + multipart_overhead),
            methods=["POST"],
        ),
        Route(download.path, public(download.app), methods=["GET"]),
        Route(form_page.path, public(form_page.app), methods=["GET"]),
        Route(form_submit.path, public(form_submit.app, settings.max_form_bytes), methods=["POST"]),
        *mcp.discovery_routes(),  # OAuth probes learn that /mcp takes a PAT header instead
        # Toolsets and read-only mode: /mcp/readonly, /mcp/x/tasks,time[/readonly].
        Route("/mcp/{selection:path}", mcp_app),
    ]
    if settings.graphiql:
        # GraphiQL's scripts and styles, so the page works without reaching any CDN.
        routes.append(Mount(graphiql_page.ASSETS_PATH, StaticFiles(directory=graphiql_page.ASSETS)))
    # Outermost: every request's logs, errors and audit entries carry its X-Request-ID.
    return Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(RequestId)])
