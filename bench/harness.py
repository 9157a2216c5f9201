"""What every benchmark shares: a real server on a free port, interleaved timing, ratio lines."""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@asynccontextmanager
async def running_server(database_url: str, workdir: Path) -> AsyncIterator[httpx.AsyncClient]:
    """`trcr serve` as a user runs it, on the benchmark's database; yields a client for it."""
    port = free_port()
    log_path = workdir / f"server-{port}.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(  # noqa: ASYNC220  (started once, before timing)
            [
                sys.executable,
                "-m",
                "trcr.cli",
                "--database-url",
                database_url,
                "serve",
                "--port",
                str(port),
            ],
            cwd=ROOT,
            # A benchmark measures cost, not the per-token budget (which it would exhaust).
            env={
                **os.environ,
                "PYTHONUNBUFFERED": "1",
                "TRCR_RATE_LIMIT": os.environ.get("TRCR_RATE_LIMIT", "off"),
                "TRCR_SCHEDULER": "0",
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
                for _ in range(1200):  # up to 2 minutes: a loaded machine starts slowly
                    try:
                        if (await http.get("/readyz")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.1)
                else:
                    raise RuntimeError(f"server did not start; see {log_path}")
                yield http
        finally:
            server.terminate()
            server.wait(timeout=10)


def mcp_headers(token: str) -> dict[str, str]:
    # A legacy-era stateless call: what Claude Code and most clients send today.
    return {
        "Authorization": f"Bearer {token}",
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2025-11-25",
    }


def mcp_call_body(tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    return {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": tool, "arguments": arguments},
    }


async def timed(call: Callable[[], Awaitable[Any]], runs: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        await call()
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        samples.append(time.perf_counter() - start)
    return samples


async def interleaved(
    calls: dict[str, Callable[[], Awaitable[Any]]], runs: int, warmup: int, rounds: int = 5
) -> dict[str, list[float]]:
    # Alternating short rounds spreads machine noise evenly over every side.
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            samples[name] += await timed(call, max(1, runs // rounds), warmup)
    return samples


def line(name: str, samples: list[float]) -> str:
    median = statistics.median(samples) * 1e6
    p90 = statistics.quantiles(samples, n=10)[-1] * 1e6 if len(samples) > 1 else median
    return f"  {name:<40} median {median:9.1f} µs   p90 {p90:9.1f} µs   n={len(samples)}"


def ratio(label: str, ours: list[float], base: list[float], target: float | None = None) -> bool:
    value = statistics.median(ours) / statistics.median(base)
    if target is None:
        print(f"  {label}: {value:.2f}x")
        return True
    verdict = "ok" if value <= target else "OVER TARGET"
    print(f"  {label}: {value:.2f}x (target <= {target}x) {verdict}")
    return value <= target


async def throughput(
    call: Callable[[httpx.AsyncClient], Awaitable[None]],
    base_url: str,
    clients: int,
    seconds: float,
) -> float:
    """Requests per second that `clients` concurrent keep-alive clients complete in `seconds`
    (every client connected and warm before the clock starts)."""
    https = [httpx.AsyncClient(base_url=base_url, timeout=120) for _ in range(clients)]
    try:
        await asyncio.gather(*(call(http) for http in https))
        done = 0
        deadline = time.perf_counter() + seconds

        async def client(http: httpx.AsyncClient) -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                await call(http)
                done += 1

        start = time.perf_counter()
        await asyncio.gather(*(client(http) for http in https))
        return done / (time.perf_counter() - start)
    finally:
        for http in https:
            await http.aclose()


async def on_each_database(run: Callable[[str, str], Awaitable[T]]) -> list[T]:
    """`run(label, database_url)` on a fresh SQLite file, then on a fresh PostgreSQL database
    (dropped afterwards; skipped, saying why, when PostgreSQL is unreachable)."""
    results: list[T] = []
    with tempfile.TemporaryDirectory() as workdir:
        results.append(await run("SQLite file", f"sqlite://{Path(workdir) / 'bench.sqlite3'}"))
    name = f"trcr_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_URL)
    except OSError as error:
        print(f"\nPostgreSQL: skipped, not reachable at {POSTGRES_ADMIN_URL} ({error})")
        return results
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        results.append(await run("PostgreSQL", POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"))
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    return results
