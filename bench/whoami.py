"""Per-worker read throughput: an authenticated GraphQL `whoami` against a bare Starlette endpoint.

Run: `python -m bench.whoami`. One fresh SQLite database, two server processes of the same kind
(one uvicorn worker each, the same logging): `trcr serve`, and a bare Starlette app whose one
route does the same token lookup (`authenticate`, the PAT and membership rows) and answers JSON.
Concurrent keep-alive clients POST as fast as they can in alternating rounds. The ratio of the
bare endpoint's server CPU per request to `whoami`'s is what strawberry, our middlewares and the
whoami resolver (two more reads: the user and the organization) cost on top of authentication.
Target: >= 0.6. Requests per second are printed too, but on a shared machine they follow the
neighbours' load; CPU seconds per request (from /proc) do not. A third side, `{ __typename }`
through the same view, separates strawberry and the middlewares from whoami's own reads.

The clients speak HTTP/1.1 over raw asyncio streams (one pre-built request, a Content-Length
read), so the load generator stays far cheaper than either server on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the repo importable
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.harness import free_port  # noqa: E402

TARGET = 0.6
CLIENTS = 16
TYPENAME = json.dumps({"query": "query whoami { __typename }", "operationName": "whoami"}).encode()
WHOAMI = (
    "query whoami { whoami { user { id name email } organization { id name slug createdAt } "
    "role permissions tokenName tokenExpiresAt tokenReadOnly } }"
)


def _request(path: str, token: str, body: bytes) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> bytes:
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = head.split(b" ", 2)[1]
    length = 0
    for header in head.split(b"\r\n")[1:]:
        name, _, value = header.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length)
    if status != b"200":
        raise RuntimeError(f"HTTP {status.decode()}: {body[:300]!r}")
    return body


async def throughput(
    port: int, pid: int, request: bytes, clients: int, seconds: float
) -> tuple[float, float]:
    """Requests per second that `clients` keep-alive connections complete in `seconds`, and the
    server's CPU seconds per request meanwhile (what a worker with a core of its own would do:
    this machine is shared, so wall-clock rates drift with the neighbours' load)."""
    connections = [await asyncio.open_connection("127.0.0.1", port) for _ in range(clients)]
    try:
        for reader, writer in connections:  # connected and warm before the clock starts
            await _exchange(reader, writer, request)
        done = 0
        deadline = time.perf_counter() + seconds

        async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                await _exchange(reader, writer, request)
                done += 1

        start, cpu_start = time.perf_counter(), cpu_seconds(pid)
        await asyncio.gather(*(client(r, w) for r, w in connections))
        elapsed, cpu = time.perf_counter() - start, cpu_seconds(pid) - cpu_start
        return done / elapsed, cpu / done
    finally:
        for _reader, writer in connections:
            writer.close()


def bare_app(database_url: str):  # type: ignore[no-untyped-def]  # bench-only factory
    """The baseline: the same token lookup as /graphql's, and nothing else."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from backend.core import db
    from backend.core.auth import bearer_token
    from backend.core.errors import Unauthenticated
    from backend.users.authentication import authenticate

    async def whoami(request: Request) -> JSONResponse:
        await request.body()
        try:
            principal = await authenticate(bearer_token(request.headers.get("authorization")))
        except Unauthenticated as error:
            return JSONResponse({"error": error.message}, status_code=401)
        return JSONResponse(
            {
                "user_id": principal.user_id,
                "organization_id": principal.organization_id,
                "role": principal.role.value,
                "permissions": sorted(p.value for p in principal.permissions),
                "token_name": principal.token_name,
                "token_read_only": principal.read_only,
            }
        )

    async def readyz(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ready"})

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await db.init(database_url)
        try:
            yield
        finally:
            await db.close()

    return Starlette(
        routes=[Route("/whoami", whoami, methods=["POST"]), Route("/readyz", readyz)],
        lifespan=lifespan,
    )


def serve_bare(database_url: str, port: int) -> None:
    """The bare server's process: uvicorn with the settings `trcr serve` uses."""
    import uvicorn

    from trcr.cli import uvicorn_logging

    uvicorn.run(
        bare_app(database_url), host="127.0.0.1", port=port, **uvicorn_logging()
    )  # JSON, as serve


@asynccontextmanager
async def running(command: list[str], name: str, workdir: Path) -> AsyncIterator[tuple[int, int]]:
    """A server process started with `command` + its port; yields (port, pid) once it is ready."""
    port = free_port()
    log_path = workdir / f"{name}-{port}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TRCR_SCHEDULER": "0"}
    env["TRCR_RATE_LIMIT"] = os.environ.get("TRCR_RATE_LIMIT", "off")  # cost, not the budget
    with log_path.open("wb") as log:
        server = subprocess.Popen(  # noqa: ASYNC220  (started once, before timing)
            [*command, str(port)], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
                for _ in range(1200):  # up to 2 minutes: a loaded machine starts slowly
                    try:
                        if (await http.get("/readyz")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.1)
                else:
                    raise RuntimeError(f"{name} did not start; see {log_path}")
            yield port, server.pid
        finally:
            server.terminate()
            server.wait(timeout=10)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def main(rounds: int, seconds: float, clients: int) -> int:
    from backend.core import db
    from backend.orgs.service import create_workspace

    workdir = Path(tempfile.mkdtemp(prefix="trcr-bench-whoami-"))
    url = f"sqlite://{workdir / 'bench.sqlite3'}"
    await db.migrate(url)
    await db.init(url)
    try:
        token = (
            await create_workspace(org_name="Bench", email="bench@localhost", name="Bench")
        ).token
    finally:
        await db.close()

    graphql_body = json.dumps({"query": WHOAMI, "operationName": "whoami"}).encode()
    serve = [sys.executable, "-m", "trcr.cli", "--database-url", url, "serve", "--port"]
    bare = [sys.executable, "-m", "bench.whoami", "--serve-bare", url]
    async with (
        running(serve, "trcr-serve", workdir) as (graphql_port, graphql_pid),
        running(bare, "bare", workdir) as (bare_port, bare_pid),
    ):
        sides = {
            "graphql whoami": (
                graphql_port,
                graphql_pid,
                _request("/graphql", token, graphql_body),
            ),
            # The same request with nothing to read: what strawberry and the middlewares cost.
            "graphql typename": (graphql_port, graphql_pid, _request("/graphql", token, TYPENAME)),
            "bare Starlette": (bare_port, bare_pid, _request("/whoami", token, b"")),
        }
        answer = json.loads(await _one(graphql_port, sides["graphql whoami"][2]))
        assert "errors" not in answer and answer["data"]["whoami"]["role"], answer
        rates: dict[str, list[float]] = {name: [] for name in sides}
        costs: dict[str, list[float]] = {name: [] for name in sides}
        print(f"whoami, {clients} keep-alive clients, {rounds} alternating {seconds:g} s rounds:")
        for _ in range(rounds):
            for name, (port, pid, request) in sides.items():
                rate, cost = await throughput(port, pid, request, clients, seconds)
                rates[name].append(rate)
                costs[name].append(cost)
        for name in sides:
            print(
                f"  {name:<16} {statistics.median(rates[name]):8.1f} requests/s, "
                f"{statistics.median(costs[name]) * 1e6:7.0f} µs CPU per request  (rounds: "
                + ", ".join(f"{v:.0f}" for v in rates[name])
                + ")"
            )
    bare_cost = statistics.median(costs["bare Starlette"])
    # Each round's sides ran back to back: the median of their ratios resists the machine's drift.
    pairs = [g / b for g, b in zip(rates["graphql whoami"], rates["bare Starlette"], strict=True)]
    print(
        "  whoami / bare requests per second (per round: "
        + ", ".join(f"{p:.2f}" for p in pairs)
        + f"): median {statistics.median(pairs):.2f}x"
    )
    overhead = bare_cost / statistics.median(costs["graphql typename"])
    print(
        f"  __typename / bare requests per CPU second (strawberry + middlewares): {overhead:.2f}x"
    )
    by_cpu = bare_cost / statistics.median(costs["graphql whoami"])
    verdict = "ok" if by_cpu >= TARGET else "UNDER TARGET"
    print(
        f"  whoami / bare requests per CPU second (the target's measure): {by_cpu:.2f}x "
        f"(target >= {TARGET}x) {verdict}"
    )
    return 0 if by_cpu >= TARGET else 1


async def _one(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        return await _exchange(reader, writer, request)
    finally:
        writer.close()


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds per side (default 5)")
    parser.add_argument("--seconds", type=float, default=2.0, help="seconds per round (default 2)")
    parser.add_argument("--clients", type=int, default=CLIENTS, help=f"default {CLIENTS}")
    parser.add_argument(
        "--serve-bare", nargs=2, metavar=("DATABASE_URL", "PORT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.serve_bare:
        serve_bare(args.serve_bare[0], int(args.serve_bare[1]))
        return 0
    return asyncio.run(main(args.rounds, args.seconds, args.clients))


if __name__ == "__main__":
    sys.exit(cli())
