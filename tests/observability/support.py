"""A real `trcr serve` on a fresh SQLite file, with its stderr (the log lines) kept apart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support import ServerProcess

METRICS_TOKEN = "metrics-scraper-secret-0123456789"


@contextmanager
def served(tmp_path: Path, **env: str) -> Iterator[tuple[ServerProcess, str]]:
    """The server and the token of the workspace its first start created."""
    server = ServerProcess(
        database_url=f"sqlite://{tmp_path / 'trcr.sqlite3'}",
        env=env,
        stderr_path=tmp_path / "stderr.log",
    )
    server.start(tmp_path)
    try:
        found = re.search(r"trcr_pat_[0-9A-Za-z]+", server.log())
        assert found is not None, server.log()
        yield server, found.group(0)
    finally:
        server.stop()


def mcp_headers(token: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {token}",
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2025-11-25",
    }


def tool_call(name: str, arguments: dict[str, object]) -> dict[str, object]:
    return {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": name, "arguments": arguments},
    }
