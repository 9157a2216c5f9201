"""`trcr serve` logs one JSON object per stderr line, each naming the request it belongs to."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx

from tests.observability.support import served

FIELDS = {"time", "level", "logger", "message", "request_id"}


def log_lines(path: Path) -> list[dict[str, Any]]:
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    assert lines, "the server logged nothing"
    parsed = [json.loads(line) for line in lines]  # fails on any line that is not JSON
    for entry in parsed:
        assert entry.keys() >= FIELDS, entry
    return parsed


def test_every_line_is_json_and_names_the_request_id(tmp_path: Path) -> None:
    with served(tmp_path) as (server, token):
        auth = {"Authorization": f"Bearer {token}"}
        kept = httpx.post(
            f"{server.base_url}/graphql",
            json={"query": "{ whoami { role } }"},
            headers={**auth, "X-Request-ID": "edge-7f3a.42"},
        )
        replaced = httpx.post(
            f"{server.base_url}/graphql",
            json={"query": "{ whoami { role } }"},
            headers={**auth, "X-Request-ID": "not sane\tat all"},
        )
        generated = httpx.get(f"{server.base_url}/healthz")
    lines = log_lines(tmp_path / "stderr.log")

    assert kept.headers["x-request-id"] == "edge-7f3a.42"
    assert replaced.headers["x-request-id"] not in ("", "not sane\tat all")
    assert len(generated.headers["x-request-id"]) == 16
    # uvicorn's access line is logged inside the request: it carries the id too.
    access = [entry for entry in lines if entry["logger"] == "uvicorn.access"]
    by_id = {entry["request_id"]: entry["message"] for entry in access}
    assert "/graphql" in by_id["edge-7f3a.42"]
    assert "/graphql" in by_id[replaced.headers["x-request-id"]]
    assert "/healthz" in by_id[generated.headers["x-request-id"]]
    assert {entry["level"] for entry in lines} <= {"DEBUG", "INFO", "WARNING", "ERROR"}


def test_an_error_inside_a_resolver_logs_the_request_id_the_response_returned(
    tmp_path: Path,
) -> None:
    with served(tmp_path) as (server, token):
        # The token lookup still works; the whoami resolver's organization read then fails.
        with sqlite3.connect(tmp_path / "trcr.sqlite3") as database:
            database.execute("ALTER TABLE organizations RENAME TO organizations_gone")
        response = httpx.post(
            f"{server.base_url}/graphql",
            json={"query": "{ whoami { organization { name } } }"},
            headers={"Authorization": f"Bearer {token}"},
        )
    request_id = response.headers["x-request-id"]
    error = response.json()["errors"][0]
    assert error["extensions"] == {"code": "INTERNAL", "request_id": request_id}

    lines = log_lines(tmp_path / "stderr.log")
    logged = [entry for entry in lines if entry["level"] == "ERROR"]
    assert [entry["request_id"] for entry in logged] == [request_id], logged
    assert logged[0]["logger"] == "trcr.errors"
    assert "organizations" in logged[0]["exc_info"]  # the traceback rides in the same object


def test_an_mcp_tool_call_logs_under_the_request_id_it_was_sent_with(tmp_path: Path) -> None:
    with served(tmp_path) as (server, token):
        with sqlite3.connect(tmp_path / "trcr.sqlite3") as database:
            database.execute("ALTER TABLE organizations RENAME TO organizations_gone")
        response = httpx.post(
            f"{server.base_url}/mcp",
            json={
                "jsonrpc": "2.0",
                "id": 1,
                "method": "tools/call",
                "params": {"name": "whoami", "arguments": {}},
            },
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/json, text/event-stream",
                "MCP-Protocol-Version": "2025-11-25",
                "X-Request-ID": "assistant-call-1",
            },
        )
    assert response.headers["x-request-id"] == "assistant-call-1"
    result = response.json()["result"]
    assert result["isError"] and "assistant-call-1" in result["content"][0]["text"]
    logged = [entry for entry in log_lines(tmp_path / "stderr.log") if entry["level"] == "ERROR"]
    assert [entry["request_id"] for entry in logged] == ["assistant-call-1"], logged
