"""The per-request context every resolver receives, built the same way for /graphql, WebSockets and MCP."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket

from backend.core.errors import Unauthenticated
from backend.core.loaders import Loaders
from backend.core.principal import Principal


@dataclass
class Context:
    request: Request | WebSocket | None
    _principal: Principal | None
    loaders: Loaders = field(default_factory=Loaders)
    # strawberry stores the graphql-transport-ws connection_init payload here.
    connection_params: dict[str, Any] | None = None

    @property
    def principal(self) -> Principal:
        if self._principal is None:
            raise Unauthenticated("Authentication required.")
        return self._principal

    def authenticate_as(self, principal: Principal) -> None:
        self._principal = principal

    def for_operation(self) -> Context:
        """One operation's copy of a connection's context: the principal as it is now, fresh
        loaders (a WebSocket carries many operations; none may see another's cached rows)."""
        return Context(
            request=self.request,
            _principal=self._principal,
            connection_params=self.connection_params,
        )


def build_context(
    principal: Principal | None, request: Request | WebSocket | None = None
) -> Context:
    return Context(request=request, _principal=principal)
