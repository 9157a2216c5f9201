"""The MCP endpoint: Streamable HTTP (stateless, JSON), bearer PAT authentication, tools from the catalog."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import mcp_types
from mcp.server import Server
from mcp.server.auth.middleware.bearer_auth import (
    AuthenticatedUser,
    BearerAuthBackend,
    RequireAuthMiddleware,
)
from mcp.server.auth.provider import AccessToken
from mcp.server.context import ServerRequestContext
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError
from pydantic import ConfigDict
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.types import ASGIApp

from mcp_adapter.catalog import load_catalog
from mcp_adapter.executor import ExecutionBackend, ToolExecutor
from mcp_adapter.tools import ToolSpec, build_tools

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


class PrincipalAccessToken(AccessToken):
    """The SDK's access token, carrying the backend principal the PAT resolved to."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    principal: Any = None


class PatVerifier:
    """The SDK's TokenVerifier over the backend's PAT authentication."""

    def __init__(
        self, authenticate: Callable[[str], Awaitable[Any]], refused: type[Exception]
    ) -> None:
        self._authenticate = authenticate
        self._refused = refused

    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            principal = await self._authenticate(token)
        except self._refused:
            return None
        token_id = str(getattr(principal, "token_id", None) or "pat")
        # The plaintext is not kept: the token id identifies the credential from here on.
        return PrincipalAccessToken(
            token=token_id,
            client_id=token_id,
            subject=str(getattr(principal, "user_id", "")),
            scopes=[],
            principal=principal,
        )


@dataclass(frozen=True)
class McpEndpoint:
    """What the app mounts at /mcp, and the lifespan it must enter."""

    asgi_app: ASGIApp
    server: Server[Any]
    session_manager: StreamableHTTPSessionManager
    executor: ToolExecutor

    def lifespan(self) -> AbstractAsyncContextManager[None]:
        return self.session_manager.run()


def create_mcp_endpoint(settings: Settings, schema: Schema | None = None) -> McpEndpoint:
    """The production endpoint: the backend's schema (the app's own instance, so /mcp and /graphql
    execute on the same one), context, masking and PAT authentication."""
    from backend.api import Unauthenticated, create_api

    api = create_api(settings, schema)
    # Our own documents obey the same depth and alias limits as any /graphql client's.
    catalog = load_catalog(api.schema, rules=api.validation_rules)
    backend = ExecutionBackend(
        schema=api.schema,
        build_context=api.build_context,
        mask_errors=api.mask_errors,
        executor_class=api.executor_class,
    )
    return build_endpoint(
        build_tools(catalog),
        backend,
        verifier=PatVerifier(api.authenticate, Unauthenticated),
        allowed_hosts=settings.allowed_hosts,
        allowed_origins=settings.allowed_origins,
    )


def build_endpoint(
    tools: Mapping[str, ToolSpec],
    backend: ExecutionBackend,
    *,
    verifier: PatVerifier,
    allowed_hosts: Iterable[str],
    allowed_origins: Iterable[str],
) -> McpEndpoint:
    executor = ToolExecutor(tools, backend)
    listing = mcp_types.ListToolsResult(tools=[spec.tool for spec in tools.values()])

    async def list_tools(
        _ctx: ServerRequestContext[Any, Any], _params: mcp_types.PaginatedRequestParams | None
    ) -> mcp_types.ListToolsResult:
        return listing

    async def call_tool(
        ctx: ServerRequestContext[Any, Any], params: mcp_types.CallToolRequestParams
    ) -> mcp_types.CallToolResult:
        if params.name not in executor.tools:
            raise MCPError(
                code=mcp_types.INVALID_PARAMS,
                message=f"Unknown tool {params.name!r}. Call tools/list for the available tools.",
            )
        principal = _principal(ctx)
        try:
            return await executor.call(params.name, params.arguments, principal, ctx.request)
        except Exception:
            # Anything the masking rule did not see (context building, a bug here) stays opaque.
            request_id = uuid.uuid4().hex[:16]
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
        version=_version(),
        title="TRCR",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        # Lets modern tools/call validate Mcp-Param headers without re-running tools/list.
        get_tool_input_schema=executor.input_schema,
    )
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
    protected = RequireAuthMiddleware(session_manager.handle_request, required_scopes=[])
    asgi_app = AuthenticationMiddleware(protected, backend=BearerAuthBackend(verifier))
    return McpEndpoint(
        asgi_app=asgi_app, server=server, session_manager=session_manager, executor=executor
    )


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
