"""Per-request bookkeeping at the HTTP edge: the request id (X-Request-ID) and request metrics."""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection
from enum import StrEnum

from prometheus_client.metrics import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from observability.logs import request_id_scope
from observability.metrics import REQUEST_SECONDS, REQUESTS

# A client's id is kept when it looks like an id (what proxies and tracing tools send);
# anything else (too long, spaces, control characters) is replaced, never echoed. At most 64
# characters: the audit log's request_id column.
_SANE_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:-]{1,64}")
REQUEST_ID_HEADER = b"x-request-id"


def new_request_id() -> str:
    return uuid.uuid4().hex[:16]


def _incoming_request_id(headers: list[tuple[bytes, bytes]]) -> str | None:
    for key, value in headers:
        if key == REQUEST_ID_HEADER:
            return value.decode("ascii") if _SANE_REQUEST_ID.fullmatch(value) else None
    return None


class RequestId:
    """Gives each HTTP request an id: the client's X-Request-ID when sane, else a new one; set
    for the logs (and audit entries) of everything it runs, and echoed in the response.

    WebSocket operations get an id each, from `via(...)`: a connection lives for hours."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope["headers"]) or new_request_id()
        echoed = (REQUEST_ID_HEADER, request_id.encode())

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), echoed]}
            await send(message)

        with request_id_scope(request_id):
            await self.app(scope, receive, send_with_id)


class Transport(StrEnum):
    GRAPHQL = "graphql"
    MCP = "mcp"


class Outcome(StrEnum):
    OK = "ok"
    ERROR = "error"


# Label values for operations outside the known set: a client names its operations freely, and
# each distinct label value is a time series kept forever, so only known names get their own.
ANONYMOUS = "anonymous"
OTHER = "other"


def operation_label(name: str | None, known: Collection[str]) -> str:
    if not name:
        return ANONYMOUS
    return name if name in known else OTHER


_children: dict[tuple[str, str, str], tuple[Counter, Histogram]] = {}


def record(transport: Transport, name: str, outcome: Outcome, seconds: float) -> None:
    """Counts one operation or tool call and its duration (label children looked up once)."""
    key = (transport.value, name, outcome.value)
    children = _children.get(key)
    if children is None:
        children = (
            REQUESTS.labels(transport.value, name, outcome.value),
            REQUEST_SECONDS.labels(transport.value, name),
        )
        _children[key] = children
    children[0].inc()
    children[1].observe(seconds)
