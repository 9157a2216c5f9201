"""Who asked for a change, and how: the interface, the operation or tool, the request id.

Each entry point (the /graphql view on HTTP and WebSocket, the MCP executor, the CLI, the
schedulers, webhooks, public forms) wraps its work in `via(...)`; the audit log reads it from
the unit of work's task. Code that runs outside any entry point (a test calling a service) is
`internal`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum

from observability.logs import current_request_id as current_log_request_id
from observability.logs import request_id_scope
from observability.requests import new_request_id


class Interface(StrEnum):
    GRAPHQL = "graphql"
    GRAPHQL_WS = "graphql_ws"
    MCP = "mcp"
    CLI = "cli"
    SCHEDULER = "scheduler"
    WEBHOOK = "webhook"
    PUBLIC_FORM = "public_form"
    # No entry point declared itself (a service called directly, as tests do).
    INTERNAL = "internal"


@dataclass(frozen=True)
class Via:
    interface: Interface
    operation: str | None
    request_id: str


_current: ContextVar[Via | None] = ContextVar("trcr_via", default=None)


@contextmanager
def via(
    interface: Interface, *, operation: str | None = None, request_id: str | None = None
) -> Iterator[Via]:
    """Mark the work inside the block as coming through `interface` (and this operation).

    The request id is the HTTP request's (X-Request-ID) when there is one, so the audit entry,
    the logs and the response name the same id."""
    request_id = request_id or current_log_request_id() or new_request_id()
    current_via = Via(interface, operation, request_id)
    token = _current.set(current_via)
    try:
        with request_id_scope(request_id):
            yield current_via
    finally:
        _current.reset(token)


def current() -> Via:
    """The entry point this task runs under; `internal` with a fresh request id when none."""
    found = _current.get()
    if found is not None:
        return found
    return Via(Interface.INTERNAL, None, current_log_request_id() or new_request_id())


def current_request_id() -> str | None:
    found = _current.get()
    return current_log_request_id() if found is None else found.request_id
