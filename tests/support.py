"""Test-side helpers: where PostgreSQL and Redis live, throwaway databases, a real server process,
GraphQL over HTTP and WebSocket.

Tests that need PostgreSQL or Redis call `require_postgres()` / `require_redis()`: they skip with a
visible reason when the service is not reachable, and fail instead when TRCR_REQUIRE_SERVICES=1
(set by .ci/run, where both services must be present).
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

import asyncpg
import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_SECONDS = 120

POSTGRES_URL = os.environ.get(
    "TRCR_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("TRCR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 1
        ):
            return True
    except OSError:
        return False


def _missing(name: str, url: str) -> None:
    reason = f"{name} is not reachable at {url}"
    if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
    pytest.skip(f"{reason} (set TRCR_TEST_{name.upper()}_URL to point at one)")


def require_postgres() -> str:
    if not _reachable(POSTGRES_URL, 5432):
        _missing("postgres", POSTGRES_URL)
    return POSTGRES_URL


def require_redis() -> str:
    if not _reachable(REDIS_URL, 6379):
        _missing("redis", REDIS_URL)
    return REDIS_URL


@dataclass(frozen=True)
class Database:
    kind: str  # "sqlite" or "postgres"
    url: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _with_database(url: str, name: str) -> str:
    parsed = urlparse(url)
    return urlunparse(parsed._replace(path=f"/{name}"))


async def create_postgres_database(admin_url: str) -> str:
    name = f"trcr_test_{uuid.uuid4().hex[:12]}"
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return _with_database(admin_url, name)


async def drop_postgres_database(admin_url: str, url: str) -> None:
    name = urlparse(url).path.lstrip("/")
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@dataclass
class ServerProcess:
    """`trcr serve` in a subprocess on a free port, as a user would run it."""

    database_url: str
    broker_url: str = "memory://"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    # Extra TRCR_* settings for this server (e.g. a tiny rate limit for the test of that limit).
    env: dict[str, str] = field(default_factory=dict)
    # The log lines (stderr) in a file of their own, apart from what `serve` prints on stdout.
    stderr_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, log_dir: Path) -> None:
        self.log_path = log_dir / f"server-{self.port}.log"
        # Tests own their clock: the real-clock scheduler stays off, its tests drive it directly.
        env = {
            **os.environ,
            "TRCR_BROKER_URL": self.broker_url,
            "TRCR_SCHEDULER": "0",
            # Suites send bursts no client would; the limit's own test sets a small one.
            "TRCR_RATE_LIMIT": "off",
            "PYTHONUNBUFFERED": "1",
            # Mail (invitations, invoices) lands beside the log, never in the working tree.
            "TRCR_MAIL_OUTBOX": str(log_dir / f"outbox-{self.port}"),
            **self.env,
        }
        command = [sys.executable, "-m", "trcr.cli", "--database-url", self.database_url]
        command += ["serve", "--port", str(self.port)]
        with self.log_path.open("wb") as log:
            errors = self.stderr_path.open("wb") if self.stderr_path else None
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=errors or subprocess.STDOUT
            )
            if errors is not None:
                errors.close()  # the child holds its own descriptor
        # Generous: a first start migrates and creates a workspace, and a loaded machine is slow.
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log_path.read_text()}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()  # never leave a half-started server behind
        raise RuntimeError(f"server did not become ready:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text() if self.log_path else ""


class GraphQLClient:
    """POSTs operations to /graphql as a frontend would."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = httpx.AsyncClient(base_url=base_url, timeout=30)

    async def post(
        self, token: str | None, query: str, variables: dict[str, Any] | None = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    async def execute(
        self, token: str, query: str, variables: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The response body; fails the test on a transport error."""
        response = await self.post(token, query, variables)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def data(
        self, token: str, query: str, variables: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """`data`, asserting there were no top-level errors."""
        body = await self.execute(token, query, variables)
        assert not body.get("errors"), body["errors"]
        result: dict[str, Any] = body["data"]
        return result

    async def close(self) -> None:
        await self.http.aclose()


class SubscriptionClient:
    """A graphql-transport-ws client over a real WebSocket, as browsers and apps use it."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self._next_id = 0

    @classmethod
    async def open(
        cls,
        base_url: str,
        *,
        token: str | None = None,
        header_token: str | None = None,
        origin: str | None = None,
    ) -> SubscriptionClient:
        """Connect and send connection_init; raises if the server refuses."""
        import json

        from websockets.asyncio.client import connect

        headers: dict[str, str] = {}
        if header_token:
            headers["Authorization"] = f"Bearer {header_token}"
        ws_url = base_url.replace("http://", "ws://") + "/graphql"
        connection = await connect(
            ws_url,
            subprotocols=["graphql-transport-ws"],
            additional_headers=headers,
            origin=origin,  # type: ignore[arg-type]
        )
        payload = {"authorization": f"Bearer {token}"} if token else {}
        await connection.send(json.dumps({"type": "connection_init", "payload": payload}))
        reply = json.loads(await asyncio.wait_for(connection.recv(), 10))
        if reply.get("type") != "connection_ack":
            raise RuntimeError(f"not acknowledged: {reply}")
        return cls(connection)

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        import json

        self._next_id += 1
        operation_id = str(self._next_id)
        message = {
            "id": operation_id,
            "type": "subscribe",
            "payload": {"query": query, "variables": variables or {}},
        }
        await self.connection.send(json.dumps(message))
        return operation_id

    async def next_message(self, timeout: float = 5.0) -> dict[str, Any]:
        import json

        while True:
            message: dict[str, Any] = json.loads(
                await asyncio.wait_for(self.connection.recv(), timeout)
            )
            if message.get("type") in {"ping", "pong"}:
                continue
            return message

    async def next_event(self, timeout: float = 5.0) -> dict[str, Any]:
        message = await self.next_message(timeout)
        assert message["type"] == "next", message
        event: dict[str, Any] = message["payload"]["data"]["events"]
        return event

    async def assert_silent(self, seconds: float = 0.7) -> None:
        try:
            message = await self.next_message(seconds)
        except TimeoutError:
            return
        raise AssertionError(f"expected no message, got {message}")

    async def close(self) -> None:
        await self.connection.close()


class QueryCounter:
    """Counts SQL statements sent through the tortoise connection while active."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.statements: list[str] = []

    def __enter__(self) -> QueryCounter:
        cls = type(self.connection)
        self._originals = {
            name: getattr(cls, name) for name in ("execute_query", "execute_query_dict")
        }
        for name, original in self._originals.items():
            setattr(cls, name, self._wrap(original))
        return self

    def _wrap(self, original: Any) -> Any:
        async def counted(client: Any, query: str, *args: Any, **kwargs: Any) -> Any:
            self.statements.append(query)
            return await original(client, query, *args, **kwargs)

        return counted

    def __exit__(self, *exc: object) -> None:
        for name, original in self._originals.items():
            setattr(type(self.connection), name, original)

    @property
    def count(self) -> int:
        return len(self.statements)
