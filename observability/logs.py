"""Logs: one JSON object per line (or plain text), each carrying the request id of its task.

The request id lives in a context variable: the HTTP middleware (`observability.requests`) sets it
for a request, the entry points' `via(...)` for each operation, so a line logged anywhere below,
in a resolver, a service or the masking rule, names the request that caused it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

_request_id: ContextVar[str | None] = ContextVar("trcr_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request (or operation) this task works for; None outside any."""
    return _request_id.get()


@contextmanager
def request_id_scope(request_id: str) -> Iterator[str]:
    """Every log line inside the block carries `request_id`."""
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)


class LogFormat(StrEnum):
    JSON = "json"
    TEXT = "text"


def parse_format(value: str | None) -> LogFormat:
    """TRCR_LOG_FORMAT: json (the default) or text; anything else is refused with the choices."""
    raw = (value or LogFormat.JSON.value).strip().lower()
    try:
        return LogFormat(raw)
    except ValueError:
        raise ValueError(f"TRCR_LOG_FORMAT must be 'json' or 'text', not {value!r}.") from None


class RequestIdFilter(logging.Filter):
    """Stamps each record with its task's request id (the formats name it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get()
        return True


# uvicorn adds an ANSI-coloured duplicate of its message; JSON keeps the plain one only.
_NOT_FIELDS = [*RESERVED_ATTRS, "color_message"]


def formatter(log_format: LogFormat) -> logging.Formatter:
    if log_format is LogFormat.JSON:
        return JsonFormatter(
            "{levelname}{name}{message}{request_id}",
            style="{",
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",  # ISO 8601 in UTC
            reserved_attrs=_NOT_FIELDS,
        )
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")


def configure(log_format: LogFormat, level: int = logging.INFO) -> None:
    """Route every logger (ours, uvicorn's, the libraries') to one stderr handler in `log_format`."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(formatter(log_format))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.captureWarnings(True)  # Python's warnings too, as lines of logger "py.warnings"
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        # uvicorn's own handlers would print a second, unstructured line.
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
