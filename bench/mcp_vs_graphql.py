"""Measures an MCP tool call against a GraphQL POST, and the adapter against bare graphql-core execute.

Run: `python -m bench.mcp_vs_graphql` (or `python bench/mcp_vs_graphql.py`). One run, one server:
a fresh SQLite database, `trcr serve` on a free port, the same operation (`tasks_get`) both ways.
Targets: a tool call costs at most 1.2x the GraphQL POST; the adapter adds at most 1.5x over bare
execution of the cached document.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

TOOL = "tasks_get"
TARGET_HTTP = 1.2
TARGET_INPROCESS = 1.5


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _timed(call: Callable[[], Awaitable[Any]], runs: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        await call()
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        samples.append(time.perf_counter() - start)
    return samples


async def _interleaved(
    calls: dict[str, Callable[[], Awaitable[Any]]], runs: int, warmup: int, rounds: int = 5
) -> dict[str, list[float]]:
    # Alternating short rounds spreads machine noise evenly over both sides.
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            samples[name] += await _timed(call, runs // rounds, warmup)
    return samples


def _line(name: str, samples: list[float]) -> str:
    median = statistics.median(samples) * 1e6
    p90 = statistics.quantiles(samples, n=10)[-1] * 1e6
    return f"  {name:<34} median {median:8.1f} µs   p90 {p90:8.1f} µs   n={len(samples)}"


def _ratio(label: str, ours: list[float], base: list[float], target: float) -> bool:
    ratio = statistics.median(ours) / statistics.median(base)
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(f"  {label}: {ratio:.2f}x (target <= {target}x) {verdict}")
    return ratio <= target


def _serve(url: str, port: int, log: IO[bytes]) -> subprocess.Popen[bytes]:
    """`trcr serve` as a user runs it, on the benchmark's database."""
    return subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "--database-url", url, "serve", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )


async def main(runs: int) -> int:
    from backend.core import db
    from backend.orgs.service import create_workspace

    workdir = Path(tempfile.mkdtemp(prefix="trcr-bench-"))
    url = f"sqlite://{workdir / 'bench.sqlite3'}"
    await db.migrate(url)
    await db.init(url)
    workspace = await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
    token = workspace.token

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = (workdir / "server.log").open("wb")
    server = _serve(url, port, log)
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            for _ in range(300):
                try:
                    if (await http.get("/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
            else:
                raise RuntimeError(f"server did not start; see {workdir / 'server.log'}")
            return await _run(http, token, runs)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        await db.close()


async def _run(http: httpx.AsyncClient, token: str, runs: int) -> int:
    from graphql import execute

    from backend.core.auth import authenticate
    from backend.core.context import build_context
    from backend.schema import schema
    from backend.settings import Settings
    from mcp_adapter.server import create_mcp_endpoint

    auth = {"Authorization": f"Bearer {token}"}
    project = await http.post(
        "/graphql",
        json={"query": 'mutation { projectsCreate(name: "Bench") { result { id } } }'},
        headers=auth,
    )
    project_id = project.json()["data"]["projectsCreate"]["result"]["id"]
    created = await http.post(
        "/graphql",
        json={
            "query": 'mutation($p: ID!) { tasksCreate(projectId: $p, title: "Bench") '
            "{ result { id } } }",
            "variables": {"p": project_id},
        },
        headers=auth,
    )
    task_id = created.json()["data"]["tasksCreate"]["result"]["id"]

    endpoint = create_mcp_endpoint(Settings())
    spec = endpoint.executor.tools[TOOL]
    arguments = {"task_id": task_id}
    document_text = spec.operation.document_text

    graphql_body = {"query": document_text, "variables": arguments, "operationName": TOOL}
    mcp_body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": TOOL, "arguments": arguments},
    }
    # A legacy-era stateless call: what Claude Code and most clients send today.
    mcp_headers = {
        **auth,
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2025-11-25",
    }

    async def graphql_post() -> None:
        response = await http.post("/graphql", json=graphql_body, headers=auth)
        assert response.status_code == 200, response.text
        assert "errors" not in response.json(), response.text

    async def mcp_call() -> None:
        response = await http.post("/mcp", json=mcp_body, headers=mcp_headers)
        body = response.json()
        assert response.status_code == 200, response.text
        assert not body["result"].get("isError"), response.text

    print(f"Operation: {TOOL} (task with status, assignees), {runs} calls per side\n")
    print("Over HTTP (loopback, keep-alive, same server):")
    wire = await _interleaved({"graphql": graphql_post, "mcp": mcp_call}, runs, warmup=50)
    print(_line("GraphQL POST /graphql", wire["graphql"]))
    print(_line("MCP tools/call POST /mcp", wire["mcp"]))

    principal = await authenticate(token)
    document = spec.operation.document
    graphql_schema = schema._schema

    async def bare() -> None:
        outcome = execute(
            graphql_schema,
            document,
            context_value=build_context(principal, None),
            variable_values=arguments,
            operation_name=TOOL,
            executor_class=schema.execution_context_class,
        )
        result = await outcome if inspect.isawaitable(outcome) else outcome
        assert not result.errors, result.errors

    async def adapter() -> None:
        result = await endpoint.executor.call(TOOL, arguments, principal)
        assert not result.is_error

    print("\nIn process (no HTTP):")
    local = await _interleaved({"bare": bare, "adapter": adapter}, runs, warmup=50)
    print(_line("graphql-core execute (cached doc)", local["bare"]))
    print(_line("adapter ToolExecutor.call", local["adapter"]))

    print("\nRatios (medians):")
    ok = _ratio("MCP tool call / GraphQL POST", wire["mcp"], wire["graphql"], TARGET_HTTP)
    ok &= _ratio("adapter / bare execute", local["adapter"], local["bare"], TARGET_INPROCESS)
    return 0 if ok else 1


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="calls per side (default 1000)")
    return asyncio.run(main(parser.parse_args(argv).runs))


if __name__ == "__main__":
    sys.exit(cli())
