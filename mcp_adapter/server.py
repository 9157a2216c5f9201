"""The MCP endpoint: Streamable HTTP (stateless, JSON), bearer PAT authentication, tools from the catalog."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import mcp_types
from mcp.server import Server
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from mcp.server.caching import CacheHint
from mcp.server.context import ServerRequestContext
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS, MODERN_PROTOCOL_VERSIONS
from pydantic import ConfigDict
from starlette.authentication import AuthCredentials
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mcp_adapter.catalog import cache_directory, load_catalog
from mcp_adapter.executor import ExecutionBackend, ToolExecutor
from mcp_adapter.tools import ToolSpec, build_tools
from mcp_adapter.toolsets import Selection, Toolsets, UnknownToolset, catalog_hash
from observability.logs import current_request_id
from observability.requests import Outcome, Transport, new_request_id, record

if TYPE_CHECKING:
    from strawberry import Schema

    from backend.api import Settings

logger = logging.getLogger("trcr.mcp")

INSTRUCTIONS = (
    "Tools act in one TRCR workspace as the Personal Access Token's user, with that user's "
    "permissions. Call whoami to see the user, organization and role. List tools page with "
    "limit (at most 200) and cursor: pass next_cursor back until it is null. Ids come from "
    "list and get tools; a task also accepts its human key such as WEB-42."
)


# The listing's digest and toolset, in tools/list `_meta` (reverse-DNS keys of trcr.pro).
CATALOG_HASH_META = "pro.trcr/catalog-hash"
TOOLSET_META = "pro.trcr/toolset"
LIST_TTL_MS = 300_000
SELECTION_SCOPE_KEY = "trcr.toolset"


class PrincipalAccessToken(AccessToken):
    """The SDK's access token, carrying the backend principal the PAT resolved to."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    principal: Any = None


HOW_TO_AUTHENTICATE = (
    "Send a TRCR Personal Access Token as the header 'Authorization: Bearer trcr_pat_…' "
    "(create one with 'trcr tokens create'). This server does not use OAuth."
)


class RequestBudget(Protocol):
    """The backend's rate limit: spend() answers None, or the seconds to wait before a retry."""

    async def spend(self, token: str | None, client_host: str | None) -> int | None: ...

    def refusal(self, retry_after: int) -> str: ...


def _client_host(scope: Scope) -> str | None:
    client = scope.get("client")
    return str(client[0]) if client else None


def _bearer(authorization: str | None) -> str | None:
    scheme, _, value = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None


def _rate_limited(message: str, retry_after: int) -> Response:
    return JSONResponse(
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32000, "message": message}},
        status_code=429,
        headers={"Retry-After": str(retry_after)},
    )


class PatVerifier:
    """Resolves a bearer PAT to the backend principal, or to the reason it is refused."""

    def __init__(
        self, authenticate: Callable[[str | None], Awaitable[Any]], refused: type[Exception]
    ) -> None:
        self._authenticate = authenticate
        self._refused = refused

    async def verify(self, authorization: str | None) -> PrincipalAccessToken | str:
        """The access token, or the message that says why there is none."""
        token: str | None = None
        if authorization:
            scheme, _, value = authorization.strip().partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                return "The Authorization header is not of the form 'Bearer trcr_pat_…'."
            token = value.strip()
        try:
            principal = await self._authenticate(token)
        except self._refused as error:
            return str(getattr(error, "message", error))
        token_id = str(getattr(principal, "token_id", None) or "pat")
        # The plaintext is not kept: the token id identifies the credential from here on.
        return PrincipalAccessToken(
            token=token_id,
            client_id=token_id,
            subject=str(getattr(principal, "user_id", "")),
            scopes=[],
            principal=principal,
        )


class RequirePat:
    """Authenticates every /mcp request; a refusal is a 401 that says why and what to send.

    The challenge carries no resource_metadata and the OAuth discovery paths offer nothing, so
    clients have no authorization server to chase (clients that try anyway read why below).
    """

    def __init__(
        self, app: ASGIApp, verifier: PatVerifier, budget: RequestBudget | None = None
    ) -> None:
        self.app = app
        self.verifier = verifier
        self.budget = budget

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        outcome = await self.verifier.verify(Headers(scope=scope).get("authorization"))
        if isinstance(outcome, str):
            # Refused requests spend the address's budget, whatever token they carried.
            if self.budget is not None:
                wait = await self.budget.spend(None, _client_host(scope))
                if wait is not None:
                    await _rate_limited(self.budget.refusal(wait), wait)(scope, receive, send)
                    return
            await _unauthorized(outcome)(scope, receive, send)
            return
        scope["user"] = AuthenticatedUser(outcome)
        scope["auth"] = AuthCredentials([])
        await self.app(scope, receive, send)


class PostOnly:
    """GET (an event stream) and DELETE (end a session) mean nothing to this stateless server.

    The SDK would hold a GET stream open forever with nothing to send; 405 is the answer the
    protocol provides for that, and clients fall back to plain POSTs.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "DELETE"):
            response = JSONResponse(
                {
                    "jsonrpc": "2.0",
                    "id": None,
                    "error": {
                        "code": -32000,
                        "message": "Method not allowed: this server keeps no sessions and streams "
                        "nothing; send each JSON-RPC message with POST.",
                    },
                },
                status_code=405,
                headers={"Allow": "POST"},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


_VERSIONS = (*HANDSHAKE_PROTOCOL_VERSIONS, *MODERN_PROTOCOL_VERSIONS)
_MESSAGE_SHAPE = (
    'Expected one JSON-RPC 2.0 message: an object with "jsonrpc": "2.0", a "method" '
    'string, an "id" (string or number) for requests, and "params" as an object if given.'
)


def _protocol_error(code: int, message: str, request_id: object = None) -> Response:
    return JSONResponse(
        {"jsonrpc": "2.0", "id": request_id, "error": {"code": code, "message": message}},
        status_code=400,
    )


def _message_problem(message: object) -> str | None:
    if isinstance(message, list):
        return "Batches are not supported: send one JSON-RPC message per request."
    if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
        return _MESSAGE_SHAPE
    if "method" in message:
        method_ok = isinstance(message["method"], str)
        id_ok = "id" not in message or (
            isinstance(message["id"], str | int) and not isinstance(message["id"], bool)
        )
        params_ok = isinstance(message.get("params", {}), dict)
        return None if method_ok and id_ok and params_ok else _MESSAGE_SHAPE
    # A client's response to a server request; this server sends none, the SDK answers it.
    return (
        None if "id" in message and ("result" in message or "error" in message) else _MESSAGE_SHAPE
    )


class JsonRpcGuard:
    """Refuses what is not one JSON-RPC message, or names an unknown protocol version, briefly.

    The SDK would answer with a pydantic dump that echoes the input and names library versions.
    """

    def __init__(self, app: ASGIApp, budget: RequestBudget | None = None) -> None:
        self.app = app
        self.budget = budget

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        version = request.headers.get("mcp-protocol-version")
        if version is not None and version not in _VERSIONS:
            shown = version[:40].encode("ascii", "replace").decode("ascii")
            await _protocol_error(
                -32600,
                f"Unsupported MCP-Protocol-Version {shown!r}. This server speaks "
                f"{', '.join(MODERN_PROTOCOL_VERSIONS)}, and {', '.join(HANDSHAKE_PROTOCOL_VERSIONS)} "
                "through initialize.",
            )(scope, receive, send)
            return
        body = await request.body()  # bounded by the body-size limit in front of /mcp
        try:
            message = json.loads(body)
        except ValueError:
            await _protocol_error(-32700, "Parse error: the body is not JSON.")(
                scope, receive, send
            )
            return
        problem = _message_problem(message)
        if problem is not None:
            request_id = message.get("id") if isinstance(message, dict) else None
            if not isinstance(request_id, str | int) or isinstance(request_id, bool):
                request_id = None
            await _protocol_error(-32600, f"Invalid request. {problem}", request_id)(
                scope, receive, send
            )
            return
        if self.budget is not None:
            token = _bearer(request.headers.get("authorization"))
            wait = await self.budget.spend(token, _client_host(scope))
            if wait is not None:
                await _over_budget(message, self.budget.refusal(wait), wait)(scope, receive, send)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _over_budget(message: dict[str, Any], refusal: str, retry_after: int) -> Response:
    """A tool call gets a tool error the assistant reads (when to retry); others get HTTP 429."""
    if message.get("method") != "tools/call" or "id" not in message:
        return _rate_limited(refusal, retry_after)
    result = mcp_types.CallToolResult(
        content=[mcp_types.TextContent(text=f"{refusal} Nothing was executed.")], is_error=True
    )
    return JSONResponse(
        {
            "jsonrpc": "2.0",
            "id": message["id"],
            "result": result.model_dump(by_alias=True, exclude_none=True, mode="json"),
        },
        headers={"Retry-After": str(retry_after)},
    )


def _unauthorized(reason: str) -> Response:
    message = reason if "Authorization: Bearer" in reason else f"{reason} {HOW_TO_AUTHENTICATE}"
    # Header values are latin-1: the challenge gets an ASCII copy of the reason.
    quoted = reason.replace("…", "...").replace('"', "'").replace("\\", "")
    quoted = quoted.encode("ascii", "replace").decode("ascii")
    return JSONResponse(
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32001, "message": message}},
        status_code=401,
        headers={
            "WWW-Authenticate": (
                f'Bearer realm="trcr", error="invalid_token", error_description="{quoted}"'
            )
        },
    )


async def _no_oauth(_request: Request) -> JSONResponse:
    # 404, as for any server without OAuth metadata, with an OAuth-shaped error body so a
    # client that falls back to dynamic registration shows the user what to do instead.
    description = (
        f"{HOW_TO_AUTHENTICATE} If you already send one, /mcp refused it (unknown, expired, "
        "revoked or mistyped): its 401 answer says which."
    )
    return JSONResponse(
        {"error": "invalid_request", "error_description": description}, status_code=404
    )


def oauth_discovery_routes() -> list[BaseRoute]:
    """The paths OAuth clients probe (RFC 9728, RFC 8414, OIDC, the MCP fallback endpoints)."""
    well_known = ("oauth-protected-resource", "oauth-authorization-server", "openid-configuration")
    paths = [f"/.well-known/{name}{suffix}" for name in well_known for suffix in ("", "/mcp")]
    paths += ["/mcp/.well-known/openid-configuration", "/register", "/authorize", "/token"]
    return [Route(path, _no_oauth, methods=["GET", "POST"]) for path in paths]


@dataclass(frozen=True)
class McpEndpoint:
    """What the app mounts at /mcp, and the lifespan it must enter."""

    asgi_app: ASGIApp
    server: Server[Any]
    session_manager: StreamableHTTPSessionManager
    executor: ToolExecutor
    toolsets: Toolsets

    def lifespan(self) -> AbstractAsyncContextManager[None]:
        return self.session_manager.run()

    def discovery_routes(self) -> list[BaseRoute]:
        return oauth_discovery_routes()


def create_mcp_endpoint(settings: Settings, schema: Schema | None = None) -> McpEndpoint:
    """The production endpoint: the backend's schema (the app's own instance, so /mcp and /graphql
    execute on the same one), context, masking and PAT authentication."""
    from backend.api import Unauthenticated, create_api

    api = create_api(settings, schema)
    # Our own documents obey the same depth and alias limits as any /graphql client's.
    catalog = load_catalog(
        api.schema,
        rules=api.validation_rules,
        bounds=api.argument_bounds,
        permissions=api.permissions,
        cache_dir=cache_directory(),
        rules_key=api.validation_key,
    )
    backend = ExecutionBackend(
        schema=api.schema,
        build_context=api.build_context,
        mask_errors=api.mask_errors,
        executor_class=api.executor_class,
        response_budget=api.response_budget,
        tool_call=api.tool_call,
    )
    return build_endpoint(
        build_tools(catalog),
        backend,
        verifier=PatVerifier(api.authenticate, Unauthenticated),
        allowed_hosts=settings.allowed_hosts,
        allowed_origins=settings.allowed_origins,
        budget=api.request_budget,
    )


def build_endpoint(
    tools: Mapping[str, ToolSpec],
    backend: ExecutionBackend,
    *,
    verifier: PatVerifier,
    allowed_hosts: Iterable[str],
    allowed_origins: Iterable[str],
    budget: RequestBudget | None = None,
) -> McpEndpoint:
    executor = ToolExecutor(tools, backend)
    toolsets = Toolsets(tools)
    catalog = catalog_hash(tools.values())
    listings: dict[int, mcp_types.ListToolsResult] = {}

    async def list_tools(
        ctx: ServerRequestContext[Any, Any], _params: mcp_types.PaginatedRequestParams | None
    ) -> mcp_types.ListToolsResult:
        principal = _principal(ctx)
        selection = _selection(ctx)
        specs = toolsets.listing(selection, _permissions(principal), _read_only(principal))
        # The listing of one (selection, role, mode) is built once: the same list object.
        listing = listings.get(id(specs))
        if listing is None:
            listing = mcp_types.ListToolsResult(
                tools=[spec.tool for spec in specs],
                # Changes exactly when what this caller is shown changes (sticky caches compare it).
                _meta={CATALOG_HASH_META: catalog_hash(specs), TOOLSET_META: selection.label},
            )
            listings[id(specs)] = listing
        return listing

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: mcp_types.CallToolRequestParams
    ) -> mcp_types.CallToolResult:
        spec = executor.tools.get(params.name)
        if spec is None:
            raise MCPError(
                code=mcp_types.INVALID_PARAMS,
                message=f"Unknown tool {params.name!r}. Call tools/list for the available tools.",
            )
        # Counted under the tool's catalog name (unknown names were refused above): bounded labels.
        started = time.perf_counter()
        result = await run_tool(ctx, params, spec)
        outcome = Outcome.ERROR if result.is_error else Outcome.OK
        record(Transport.MCP, params.name, outcome, time.perf_counter() - started)
        return result

    async def run_tool(
        ctx: ServerRequestContext[Any, Any],
        params: mcp_types.CallToolRequestParams,
        spec: ToolSpec,
    ) -> mcp_types.CallToolResult:
        principal = _principal(ctx)
        if spec.operation.is_mutation and (_read_only(principal) or _selection(ctx).read_only):
            why = (
                "the token is read-only" if _read_only(principal) else "this URL ends in /readonly"
            )
            return mcp_types.CallToolResult(
                content=[
                    mcp_types.TextContent(
                        text=f"{params.name} changes data, and {why}: only read tools run here. "
                        "Nothing was executed; ask the user to connect without /readonly or "
                        "with a token that may write."
                    )
                ],
                is_error=True,
            )
        try:
            return await executor.call(params.name, params.arguments, principal, ctx.request)
        except Exception:
            # Anything the masking rule did not see (context building, a bug here) stays opaque.
            request_id = current_request_id() or new_request_id()
            logger.exception("Unexpected error in tool %s, request id %s", params.name, request_id)
            return mcp_types.CallToolResult(
                content=[
                    mcp_types.TextContent(
                        text=f"Unexpected error. Request id: {request_id}. This is a server "
                        "fault, not your arguments: retry once later, or report the request id."
                    )
                ],
                is_error=True,
            )

    server: Server[Any] = Server(
        "trcr",
        # The catalog's digest rides in the version, so clients that cache by server see changes.
        version=f"{_version()}+{catalog.removeprefix('sha256:')[:12]}",
        title="TRCR",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        # Lets modern tools/call validate Mcp-Param headers without re-running tools/list.
        get_tool_input_schema=executor.input_schema,
        # 2026-07-28 caching: a listing is per caller (role, token mode), so private, and fresh
        # for a few minutes; its _meta hash tells a sticky cache when the catalog changed.
        cache_hints={"tools/list": CacheHint(ttl_ms=LIST_TTL_MS, scope="private")},
    )
    # The SDK wraps every message in an OpenTelemetry span by default; with no exporter that is
    # pure overhead on each call (the bench's profile), and this server exports no traces.
    server.middleware[:] = [
        m for m in server.middleware if type(m).__name__ != "OpenTelemetryMiddleware"
    ]
    session_manager = StreamableHTTPSessionManager(
        app=server,
        stateless=True,
        json_response=True,
        security_settings=TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=list(allowed_hosts),
            allowed_origins=list(allowed_origins),
        ),
    )
    guarded = JsonRpcGuard(session_manager.handle_request, budget)
    asgi_app = PostOnly(ToolsetPath(RequirePat(guarded, verifier, budget), toolsets))
    return McpEndpoint(
        asgi_app=asgi_app,
        server=server,
        session_manager=session_manager,
        executor=executor,
        toolsets=toolsets,
    )


class ToolsetPath:
    """Reads the toolset selection from the path (/mcp, /mcp/x/a,b[/readonly]); unknown is 404."""

    def __init__(self, app: ASGIApp, toolsets: Toolsets) -> None:
        self.app = app
        self.toolsets = toolsets

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            scope[SELECTION_SCOPE_KEY] = self.toolsets.parse(scope["path"])
        except UnknownToolset as error:
            await JSONResponse(
                {"jsonrpc": "2.0", "id": None, "error": {"code": -32000, "message": str(error)}},
                status_code=404,
            )(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _selection(ctx: ServerRequestContext[Any, Any]) -> Selection:
    request = ctx.request
    selection = request.scope.get(SELECTION_SCOPE_KEY) if request is not None else None
    if isinstance(selection, Selection):
        return selection
    raise MCPError(code=mcp_types.INTERNAL_ERROR, message="The request has no toolset selection.")


def _permissions(principal: Any) -> frozenset[str]:
    return frozenset(str(p) for p in getattr(principal, "permissions", ()))


def _read_only(principal: Any) -> bool:
    return bool(getattr(principal, "read_only", False))


def _principal(ctx: ServerRequestContext[Any, Any]) -> Any:
    request = ctx.request
    user = request.scope.get("user") if request is not None else None
    if isinstance(user, AuthenticatedUser) and isinstance(user.access_token, PrincipalAccessToken):
        return user.access_token.principal
    # RequireAuthMiddleware answers 401 before this; reaching here is a wiring fault.
    raise MCPError(code=mcp_types.INTERNAL_ERROR, message="The request is not authenticated.")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("trcr")
    except PackageNotFoundError:
        return "0"
