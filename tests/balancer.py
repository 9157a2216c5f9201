"""Several `trcr serve` replicas behind a real HAProxy, and private brokers and databases to break.

- `Replicas`: N ServerProcess on one PostgreSQL database and one broker, behind `Balancer`
  (HAProxy from the system packages: HTTP and WebSocket, health checks on /readyz). A replica can
  be SIGKILLed, SIGTERMed and restarted on its port; the balancer's view of each one is read
  from HAProxy's stats socket.
- `PrivateRedis` and `PrivatePostgres`: a redis-server and a PostgreSQL cluster (initdb/pg_ctl)
  of this test alone, on their own ports, so restarting them never touches the shared services
  other tests (and other people) use.

The HAProxy configuration is the one README.md's "Running several replicas" recipe shows.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.support import ROOT, ServerProcess, free_port

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
POSTGRES_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
WAIT_SECONDS = 60.0


def _require_binary(name: str, path: str | None, why: str) -> str:
    """`path` if it is an executable, else skip (fail under TRCR_REQUIRE_SERVICES=1)."""
    if path is not None and os.access(path, os.X_OK):
        return path
    reason = f"{name} is not installed ({why}; apt-get install {name})"
    if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
    pytest.skip(reason)


def require_haproxy() -> str:
    return _require_binary("haproxy", HAPROXY, "the replica tests run behind a real HAProxy")


def require_redis_server() -> str:
    return _require_binary("redis-server", shutil.which("redis-server"), "Redis restart tests")


def require_postgres_binaries() -> Path:
    found = next((path for path in reversed(POSTGRES_BIN) if (path / "pg_ctl").exists()), None)
    _require_binary(
        "postgresql", None if found is None else str(found / "pg_ctl"), "PostgreSQL restart tests"
    )
    assert found is not None
    return found


def wait_until(condition: Callable[[], bool], what: str, within: float = WAIT_SECONDS) -> None:
    """Poll `condition` until true; the bound only keeps a broken run from hanging."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.05)


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), 0.5):
            return True
    except OSError:
        return False


@dataclass
class PrivateRedis:
    """A redis-server of this test alone (no persistence: a restart loses what Redis held)."""

    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = require_redis_server()
        options = ["--save", "", "--appendonly", "no", "--port", str(self.port)]
        options += ["--bind", "127.0.0.1", "--dir", tempfile.gettempdir()]
        self.process = subprocess.Popen(
            [binary, *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_until(lambda: _port_open(self.port), f"redis-server on port {self.port}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@dataclass
class PrivatePostgres:
    """A PostgreSQL cluster of this test alone (initdb in a temporary folder), restartable."""

    port: int = field(default_factory=free_port)
    folder: Path | None = None

    @property
    def admin_url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(require_postgres_binaries() / tool), *args]
        # PostgreSQL refuses to run as root: as root, run it as the postgres user.
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="trcr-pg-"))
            if os.geteuid() == 0:
                shutil.chown(self.folder, "postgres")
            self._run(
                "initdb", "-D", str(self.folder / "data"), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8",
            )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.folder / "data"), "-o", options, "-w", "-l",
            str(self.folder / "log"), "start",
        )  # fmt: skip

    def stop(self) -> None:
        """A fast shutdown, as a restart by an operator or a failover does: clients are cut."""
        if self.folder is not None and (self.folder / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        self.stop()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class Balancer:
    """HAProxy in front of the replicas' ports (foreground process, config in the log folder)."""

    ports: list[int]
    algorithm: str = "roundrobin"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    folder: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def stats_socket(self) -> Path:
        assert self.folder is not None
        return self.folder / "haproxy.sock"

    def config(self) -> str:
        servers = "\n".join(
            f"    server replica{index} 127.0.0.1:{port} check"
            for index, port in enumerate(self.ports)
        )
        return HAPROXY_CONFIG.format(
            port=self.port, algorithm=self.algorithm, servers=servers, socket=self.stats_socket
        )

    def start(self, folder: Path) -> None:
        binary = require_haproxy()
        self.folder = folder
        config_path = folder / "haproxy.cfg"
        config_path.write_text(self.config())
        # -db: stay in the foreground, so the test owns the process.
        with (folder / "haproxy.log").open("wb") as log:
            self.process = subprocess.Popen(
                [binary, "-db", "-f", str(config_path)], stdout=log, stderr=subprocess.STDOUT
            )

        def listening() -> bool:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"haproxy exited:\n{(folder / 'haproxy.log').read_text()}")
            return self.stats_socket.exists() and _port_open(self.port)

        wait_until(listening, "HAProxy")

    def command(self, line: str) -> str:
        """One command on HAProxy's runtime API (the stats socket)."""
        with socket.socket(socket.AF_UNIX) as sock:
            sock.connect(str(self.stats_socket))
            sock.sendall(line.encode() + b"\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def _servers(self) -> list[dict[str, str]]:
        lines = self.command("show stat").splitlines()
        header = lines[0].lstrip("# ").split(",")
        rows = [dict(zip(header, line.split(","), strict=False)) for line in lines[1:] if line]
        return [
            row
            for row in rows
            if row.get("pxname") == "replicas" and row["svname"] not in {"FRONTEND", "BACKEND"}
        ]

    def states(self) -> dict[str, str]:
        """Each replica's status as HAProxy sees it: "UP", "DOWN", "MAINT", …"""
        return {row["svname"]: row["status"].split(" ")[0] for row in self._servers()}

    def sessions(self) -> dict[str, int]:
        """Connections open to each replica now (a WebSocket counts until it closes)."""
        return {row["svname"]: int(row["scur"] or 0) for row in self._servers()}

    def wait_for(self, expected: dict[str, str]) -> None:
        wait_until(
            lambda: all(self.states().get(name) == state for name, state in expected.items()),
            f"HAProxy to see {expected} (it sees {self.states()})",
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


# HTTP and WebSocket through one frontend: HAProxy forwards the Upgrade and, once switched,
# treats the connection as a tunnel (`timeout tunnel`), so long-lived subscriptions stay open
# while HTTP requests keep short timeouts. A replica whose /readyz fails (database or broker
# down) stops receiving new connections; established WebSockets are left alone.
HAPROXY_CONFIG = """\
global
    maxconn 4096
    stats socket {socket} mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout tunnel 1h
    timeout http-keep-alive 5s
    # A replica that refuses the connection (killed, restarting) is skipped, not reported.
    retries 2
    option redispatch

frontend trcr
    bind 127.0.0.1:{port}
    default_backend replicas

backend replicas
    balance {algorithm}
    option httpchk
    http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    default-server inter 300ms fall 2 rise 1
{servers}
"""


def trcr(database_url: str, *args: str) -> Any:
    """The `trcr` command against `database_url` (its JSON output)."""
    result = subprocess.run(
        [sys.executable, "-m", "trcr.cli", "--database-url", database_url, *args],
        cwd=ROOT,
        env={**os.environ, "TRCR_SCHEDULER": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if "--json" in args else result.stdout


@dataclass
class Replicas:
    """N replicas of `trcr serve` on one database and broker, behind one HAProxy."""

    database_url: str
    broker_url: str
    count: int
    log_dir: Path
    algorithm: str = "roundrobin"
    env: dict[str, str] = field(default_factory=dict)
    servers: list[ServerProcess] = field(default_factory=list)
    balancer: Balancer | None = None

    @property
    def base_url(self) -> str:
        assert self.balancer is not None
        return self.balancer.base_url

    def start(self) -> None:
        """Start every replica, then the balancer (each replica migrates under a lock first)."""
        self.servers = [
            ServerProcess(self.database_url, self.broker_url, env=dict(self.env))
            for _ in range(self.count)
        ]
        self.balancer = Balancer([server.port for server in self.servers], self.algorithm)
        # All at once, as an orchestrator starts a deployment (and faster on a loaded machine).
        with ThreadPoolExecutor(self.count) as pool:
            list(pool.map(lambda server: server.start(self.log_dir), self.servers))
        self.balancer.start(self.log_dir)
        self.balancer.wait_for(dict.fromkeys(self.names, "UP"))

    @property
    def names(self) -> list[str]:
        return [f"replica{index}" for index in range(self.count)]

    def kill(self, index: int) -> None:
        """SIGKILL: the process dies mid-work, as on an OOM kill or a lost machine."""
        process = self.servers[index].process
        assert process is not None
        process.send_signal(signal.SIGKILL)
        process.wait()

    def restart(self, index: int) -> None:
        """Start replica `index` again on its port and wait until the balancer routes to it."""
        self.servers[index].start(self.log_dir)
        assert self.balancer is not None
        self.balancer.wait_for({f"replica{index}": "UP"})

    def stop(self) -> None:
        if self.balancer is not None:
            self.balancer.stop()
        for server in self.servers:
            server.stop()

    def logs(self) -> str:
        return "\n".join(f"--- replica{i}\n{s.log()}" for i, s in enumerate(self.servers))


@contextmanager
def running_replicas(
    database_url: str,
    broker_url: str,
    count: int,
    log_dir: Path,
    *,
    algorithm: str = "roundrobin",
    env: dict[str, str] | None = None,
) -> Iterator[Replicas]:
    require_haproxy()
    replicas = Replicas(database_url, broker_url, count, log_dir, algorithm, env or {})
    try:
        replicas.start()
        yield replicas
    finally:
        replicas.stop()
