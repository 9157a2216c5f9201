"""The official MCP conformance suite (legacy handshake era) against a real server.

The suite cannot send headers, so it talks to a small local proxy that adds the token and
forwards everything else as sent (Host and Origin included, for the DNS-rebinding scenario).
Only these scenarios apply to a tools-only server; the others call the suite's fixture tools.
Node 22 comes from the npm package `node`. Without npx or the npm registry the test skips with
the reason, and TRCR_REQUIRE_SERVICES=1 (set by .ci/run) makes that a failure.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.conftest import Workspace
from tests.support import ServerProcess, free_port

SUITE = "@modelcontextprotocol/conformance@0.1.16"
NODE = "node@22"
SCENARIOS = ["server-initialize", "ping", "tools-list", "dns-rebinding-protection"]
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "te", "upgrade"}


def _unavailable(reason: str) -> None:
    if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
    pytest.skip(reason)


def _proxy_app(target: str, token: str) -> Starlette:
    async def forward(request: Request) -> Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["authorization"] = f"Bearer {token}"
        async with httpx.AsyncClient(timeout=60) as client:
            upstream = await client.request(
                request.method,
                f"{target}{request.url.path}",
                params=request.query_params,
                content=await request.body(),
                headers=headers,
            )
        kept = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
        kept.pop("content-encoding", None)
        return Response(upstream.content, status_code=upstream.status_code, headers=kept)

    methods = ["GET", "POST", "DELETE", "OPTIONS"]
    return Starlette(routes=[Route("/{path:path}", forward, methods=methods)])


@contextmanager
def _proxy(target: str, token: str) -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(
        _proxy_app(target, token), host="127.0.0.1", port=port, log_level="warning"
    )
    proxy = uvicorn.Server(config)
    thread = threading.Thread(target=proxy.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if proxy.started:
                break
            threading.Event().wait(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proxy.should_exit = True
        thread.join(timeout=10)


def _run(url: str, scenario: str) -> subprocess.CompletedProcess[str]:
    command = [
        "npx", "-y", "-p", NODE, "-p", SUITE, "--",
        "conformance", "server", "--url", url, "--scenario", scenario,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


async def test_the_conformance_suite_passes_every_applicable_scenario(
    server: ServerProcess, workspace: Workspace
) -> None:
    if shutil.which("npx") is None:
        _unavailable("npx is not installed (Debian: apt-get install -y npm)")
    with _proxy(server.base_url, workspace.token) as proxy:
        results = {
            scenario: await asyncio.to_thread(_run, f"{proxy}/mcp", scenario)
            for scenario in SCENARIOS
        }
    first = results[SCENARIOS[0]]
    if first.returncode != 0 and "Passed" not in first.stdout and "ERR!" in first.stderr:
        _unavailable(f"npx could not fetch {SUITE}: {first.stderr.strip()[-300:]}")
    failed = {
        scenario: (done.stdout[-2000:], done.stderr[-1000:])
        for scenario, done in results.items()
        if done.returncode != 0 or "0 failed" not in done.stdout
    }
    assert failed == {}, failed
