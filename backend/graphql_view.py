"""/graphql over HTTP and WebSocket: authentication, then strawberry with our Context."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Collection
from contextlib import suppress
from contextvars import ContextVar
from typing import Any

from graphql import FieldNode, GraphQLError, OperationType, parse
from graphql.utilities import get_operation_ast
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    SubscribeMessage,
)
from strawberry.types import ExecutionResult
from strawberry.types.unset import UnsetType

from backend.core import realtime
from backend.core.auth import bearer_token
from backend.core.context import Context, build_context
from backend.core.errors import Unauthenticated
from backend.core.event_types import AccessChange, lookup
from backend.core.interfaces import Interface, via
from backend.core.origins import matches
from backend.core.principal import Principal
from backend.core.security import ResponseBudget
from backend.graphiql_page import page_html
from backend.settings import Settings
from backend.users.authentication import authenticate, refresh
from observability.requests import Outcome, Transport, operation_label, record
from subscriptions import EventMessage, organization_channel
from subscriptions.broadcast import SubscriptionEndedError


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


_STRINGS_AND_COMMENTS = re.compile(r'"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*')
_OPERATION_NAME = re.compile(r"\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)")


def _first_operation_name(query: str | None) -> str | None:
    """The document's first operation name, for a request that names none (the audit log's
    operation); a document of several operations must name one anyway."""
    found = _OPERATION_NAME.search(_STRINGS_AND_COMMENTS.sub(" ", query or ""))
    return found.group(1) if found else None


def _is_ide_page(scope: Scope) -> bool:
    """GraphiQL's HTML page: a browser GET without a query (the IDE then sends the header itself)."""
    accept = _header(scope, b"accept") or ""
    return (
        scope["method"] == "GET"
        and b"query=" not in scope.get("query_string", b"")
        and "text/html" in accept
    )


# Root fields a request without any token may run: accepting an invitation, whose secret (from
# the mail) is the credential. A document mixing them with anything else still needs a token.
PUBLIC_FIELDS = frozenset({"membersInvitationsAccept"})


def is_public_operation(body: bytes) -> bool:
    """True for a POSTed mutation whose every root field is in PUBLIC_FIELDS."""
    try:
        request = json.loads(body)
        document = parse(request["query"])
        operation = get_operation_ast(document, request.get("operationName"))
    except (ValueError, KeyError, TypeError, GraphQLError):
        return False
    if operation is None or operation.operation != OperationType.MUTATION:
        return False
    selections = operation.selection_set.selections
    return bool(selections) and all(
        isinstance(selection, FieldNode) and selection.name.value in PUBLIC_FIELDS
        for selection in selections
    )


async def _read_body(receive: Receive) -> tuple[bytes, Receive]:
    """The whole request body, and a receive that replays it to the app behind."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


class RequireToken:
    """Resolves the bearer token before strawberry runs: 401 on HTTP, a refused WebSocket handshake.

    The one exception is a POST without any Authorization header whose operation only runs
    PUBLIC_FIELDS: it reaches strawberry without a principal."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = _header(scope, b"authorization")
        token = bearer_token(header)
        if scope["type"] == "http" and header is None and scope["method"] == "POST":
            request_body, receive = await _read_body(receive)
            if is_public_operation(request_body):
                await self.app(scope, receive, send)
                return
        if scope["type"] == "http" and not _is_ide_page(scope):
            try:
                scope.setdefault("state", {})["principal"] = await authenticate(token)
            except Unauthenticated as error:
                body = json.dumps(
                    {
                        "errors": [
                            {"message": error.message, "extensions": {"code": error.code.value}}
                        ]
                    }
                )
                response = Response(
                    body,
                    status_code=401,
                    media_type="application/json",
                    headers={"WWW-Authenticate": 'Bearer realm="trcr", error="invalid_token"'},
                )
                await response(scope, receive, send)
                return
        elif scope["type"] == "websocket" and token is not None:
            # A header token is checked at the handshake; without one, connection_init must carry it.
            try:
                scope.setdefault("state", {})["principal"] = await authenticate(token)
            except Unauthenticated:
                await send({"type": "websocket.close", "code": 4401, "reason": "Unauthorized"})
                return
        await self.app(scope, receive, send)


# graphql-transport-ws close code for a connection whose token stopped working (revoked,
# expired, or its user removed from the organization); the reason says which rule applies.
CLOSE_UNAUTHORIZED = 4401


def _close_reason(error: Unauthenticated) -> str:
    # A close frame carries at most 123 bytes of reason.
    return f"Unauthorized: {error.message}".encode()[:123].decode(errors="ignore")


# The context of the operation running in this task; each operation runs in a task of its own.
_operation_context: ContextVar[Context | None] = ContextVar("operation_context", default=None)


def _changes_access_of(raw: object, principal: Principal) -> bool:
    """Whether an organization event revoked this principal's token or changed their membership."""
    try:
        message = EventMessage.from_json(str(raw))
    except ValueError:
        return False
    event_type = lookup(message.type)
    if event_type is None:
        return False
    changes = event_type.changes
    return (AccessChange.TOKEN in changes and message.entity_id == principal.token_id) or (
        AccessChange.MEMBER in changes and message.entity_id == principal.user_id
    )


class ReauthorizingHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """Authorizes every operation a connection carries against the token's current state.

    The connection authenticates once; each `subscribe` message (queries and mutations included)
    re-resolves the principal first, exactly as an HTTP request would, so a demotion, a removal
    from the organization or a revoked token applies to the next operation. A token that no
    longer works closes the socket before anything runs; an idle socket finds out within
    `ws_reauthorize_seconds`.
    """

    _watcher: asyncio.Task[None] | None = None
    _closed = False
    _connection_context: Context

    # strawberry executes every operation with `self.context`: inside an operation's task that is
    # the operation's own copy (fresh loaders, the principal as of its subscribe message).
    @property
    def context(self) -> Context:
        return _operation_context.get() or self._connection_context

    @context.setter
    def context(self, value: Context) -> None:
        self._connection_context = value

    async def run_operation(self, operation: Operation[Context, None]) -> None:
        _operation_context.set(self._connection_context.for_operation())
        name = operation.operation_name or _first_operation_name(operation.query)
        with via(Interface.GRAPHQL_WS, operation=name):
            await super().run_operation(operation)

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        await super().handle_connection_init(message)
        if self.connection_acknowledged and self._watcher is None:
            self._watcher = asyncio.create_task(self._watch())

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged and not await self._reauthorize():
            return
        await super().handle_subscribe(message)

    async def shutdown(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            with suppress(asyncio.CancelledError):
                await self._watcher
        await super().shutdown()

    async def _watch(self) -> None:
        """Re-check the token every interval, and at once when the organization's events say
        this connection's token was revoked or its user's membership changed (a removal closes
        the socket within the event's delivery, on every replica)."""
        interval = self.view.reauthorize_seconds if isinstance(self.view, GraphQLView) else 60.0
        principal = self._connection_context._principal
        try:
            broadcast = realtime.broadcast()
        except RuntimeError:  # no broker in this process (an app without its lifespan)
            broadcast = None
        if broadcast is None or principal is None:
            while True:
                await asyncio.sleep(interval)
                if not await self._reauthorize():
                    return
        async with broadcast.subscribe(organization_channel(principal.organization_id)) as stream:
            while True:
                try:
                    event = await asyncio.wait_for(stream.get(), interval)
                except TimeoutError:
                    event = None
                except SubscriptionEndedError:
                    return
                if event is not None and not _changes_access_of(event.message, principal):
                    continue
                if not await self._reauthorize():
                    return

    async def _reauthorize(self) -> bool:
        """Refresh the connection's principal; False (and the socket closed) if it lost access."""
        if self._closed:
            return False
        connection = self._connection_context
        if connection._principal is None:
            return True
        try:
            connection.authenticate_as(await refresh(connection._principal))
        except Unauthenticated as error:
            if not self._closed:  # the watcher and an operation may both find out
                self._closed = True
                await self.websocket.close(code=CLOSE_UNAUTHORIZED, reason=_close_reason(error))
            return False
        return True


GRAPHIQL_PAGE = page_html()


class GraphQLView(GraphQL[Context, None]):
    allowed_origin_patterns: tuple[str, ...] = ()
    reauthorize_seconds: float = 60.0
    response_budget = ResponseBudget(Settings().max_response_bytes)
    graphql_transport_ws_handler_class = ReauthorizingHandler
    # Operation names that get their own metrics label (the catalog's); others count as "other".
    metric_operation_names: Collection[str] = frozenset()

    async def render_graphql_ide(self, request: Request) -> Response:
        # GraphiQL with its scripts from this server (backend/graphiql_page.py), not a CDN.
        return HTMLResponse(GRAPHIQL_PAGE)

    def encode_json(self, data: object) -> str:
        """Every response and WebSocket message, within the response budget: an over-budget
        result (HTTP) or `next` payload (WebSocket) becomes an error saying what to ask for."""
        encoded = json.dumps(data, separators=(",", ":"))  # ASCII: characters are bytes
        if not self.response_budget.exceeded(len(encoded)):
            return encoded
        errors = self.response_budget.errors(len(encoded))
        if isinstance(data, dict) and data.get("type") == "next":
            data = {**data, "payload": {"data": None, "errors": errors}}
        else:
            data = {"data": None, "errors": errors}
        return json.dumps(data, separators=(",", ":"))

    async def execute_single(  # strawberry's signature
        self,
        request: Request,
        request_adapter: Any,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        # Each operation of a batch is its own request for the audit log and the metrics.
        name = request_data.operation_name or _first_operation_name(request_data.query)
        label = operation_label(name, self.metric_operation_names)
        started = time.perf_counter()
        outcome = Outcome.ERROR
        try:
            with via(Interface.GRAPHQL, operation=name):
                result = await super().execute_single(
                    request, request_adapter, sub_response, context, root_value, request_data
                )
            if not result.errors:
                outcome = Outcome.OK
            return result
        finally:
            record(Transport.GRAPHQL, label, outcome, time.perf_counter() - started)

    def is_websocket_origin_allowed(self, request: WebSocket, origin: str) -> bool:
        # strawberry's list has no any-port patterns; ours matches the MCP endpoint's rules.
        return matches(origin, self.allowed_origin_patterns)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        return build_context(request.scope.get("state", {}).get("principal"), request)

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        if context._principal is not None:
            return await super().on_ws_connect(context)
        params: dict[str, Any] = context.connection_params or {}
        raw = params.get("authorization") or params.get("Authorization")
        try:
            context.authenticate_as(
                await authenticate(bearer_token(raw if isinstance(raw, str) else None))
            )
        except Unauthenticated:
            raise ConnectionRejectionError(
                {"message": "A valid Personal Access Token is required."}
            ) from None
        return await super().on_ws_connect(context)


def graphql_app(
    schema: Any, settings: Settings, operation_names: Collection[str] = frozenset()
) -> GraphQLView:
    """The /graphql view; `operation_names` are the ones its metrics label by name."""
    view = GraphQLView(
        schema,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=True,
        keep_alive=True,
        keep_alive_interval=15,
        # The legacy graphql-ws protocol is refused: every client we serve speaks this one.
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
    )
    view.allowed_origin_patterns = settings.allowed_origins
    view.reauthorize_seconds = settings.ws_reauthorize_seconds
    view.response_budget = ResponseBudget(settings.max_response_bytes)
    view.metric_operation_names = frozenset(operation_names)
    return view
