"""TRCR_LOG_FORMAT: the two formats, and a clear refusal of anything else."""

from __future__ import annotations

import json
import logging

import pytest

from observability import logs


def record(message: str) -> logging.LogRecord:
    entry = logging.LogRecord("trcr.test", logging.WARNING, __file__, 1, message, None, None)
    logs.RequestIdFilter().filter(entry)
    return entry


def test_json_lines_name_the_request_of_their_task() -> None:
    with logs.request_id_scope("req-42"):
        line = logs.formatter(logs.LogFormat.JSON).format(record("disk almost full"))
    outside = json.loads(logs.formatter(logs.LogFormat.JSON).format(record("idle")))

    entry = json.loads(line)
    assert entry["message"] == "disk almost full"
    assert (entry["level"], entry["logger"], entry["request_id"]) == (
        "WARNING",
        "trcr.test",
        "req-42",
    )
    assert entry["time"].endswith("+00:00")  # ISO 8601, UTC
    assert outside["request_id"] is None


def test_text_lines_carry_the_same_fields() -> None:
    with logs.request_id_scope("req-7"):
        line = logs.formatter(logs.LogFormat.TEXT).format(record("slow query"))
    assert "WARNING trcr.test [req-7] slow query" in line


def test_an_unknown_format_is_refused_with_the_choices() -> None:
    assert logs.parse_format(None) is logs.LogFormat.JSON
    assert logs.parse_format(" Text ") is logs.LogFormat.TEXT
    with pytest.raises(ValueError, match="'json' or 'text'"):
        logs.parse_format("xml")
