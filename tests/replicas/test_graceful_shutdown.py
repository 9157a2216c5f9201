"""SIGTERM, as a deploy sends it: the server stops accepting, finishes the request in flight,
closes its WebSockets with 1001 "going away", publishes what was committed (the relay flushes),
and exits within TRCR_SHUTDOWN_SECONDS even when a request never finishes."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from tests.balancer import wait_until
from tests.replicas.support import (
    Owner,
    ResumingSubscriber,
    close_all,
    create_project,
    create_task,
    latest_sequence,
)
from tests.support import GraphQLClient, ServerProcess, SubscriptionClient, require_redis
from trcr.graceful import GOING_AWAY_REASON

SHUTDOWN_SECONDS = 6
CREATE = """mutation($projectId: ID!) { tasksCreate(projectId: $projectId, title: "In flight") {
  result { id } errors { message } } }"""


@pytest.fixture
def servers(database_url: str, owner: Owner, tmp_path: Path) -> Iterator[list[ServerProcess]]:
    """Two replicas on one broker: the first is shut down, the second watches its events."""
    env = {"TRCR_SHUTDOWN_SECONDS": str(SHUTDOWN_SECONDS)}
    started = [ServerProcess(database_url, require_redis(), env=env) for _ in range(2)]
    try:
        for server in started:
            server.start(tmp_path)
        yield started
    finally:
        for server in started:
            server.stop()


def _slow_request(port: int, token: str, body: bytes) -> socket.socket:
    """A POST whose headers and first half of the body are sent; the rest comes later."""
    sock = socket.create_connection(("127.0.0.1", port))
    head = (
        f"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    sock.sendall(head.encode() + body[: len(body) // 2])
    return sock


def _response(sock: socket.socket) -> tuple[int, dict[str, Any]]:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(payload)


async def _close_frame(client: SubscriptionClient) -> tuple[int, str] | None:
    """Read until the server closes the socket: its close code and reason (None: no frame)."""
    try:
        while True:  # the events of the changes just made may come first
            await client.next_message(timeout=10)
    except ConnectionClosed as closed:
        return None if closed.rcvd is None else (closed.rcvd.code, closed.rcvd.reason)


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 1).close()
    except ConnectionRefusedError:
        return True
    return False


async def test_sigterm_drains_and_goes_away(servers: list[ServerProcess], owner: Owner) -> None:
    leaving, staying = servers
    assert leaving.process is not None
    api = GraphQLClient(leaving.base_url)
    project = await create_project(api, owner.token, "Deploy")
    start = await latest_sequence(leaving.database_url, owner.organization_id)
    watcher = ResumingSubscriber(staying.base_url, owner.token, start)
    stop_at: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    watching = asyncio.create_task(watcher.run(stop_at))
    going = await SubscriptionClient.open(leaving.base_url, token=owner.token)
    sockets: list[socket.socket] = []
    try:
        await watcher.connected.wait()
        await going.subscribe("subscription { events { sequence } }")
        await going.assert_silent(0.3)
        body = json.dumps({"query": CREATE, "variables": {"projectId": project["id"]}}).encode()
        in_flight = _slow_request(leaving.port, owner.token, body)
        never_finished = _slow_request(leaving.port, owner.token, body)
        sockets += [in_flight, never_finished]
        # Committed just before the signal: the relay may not have published them yet.
        committed = await asyncio.gather(
            *(create_task(api, owner.token, project["id"], title=f"Last {n}") for n in range(5))
        )
        leaving.process.send_signal(signal.SIGTERM)

        # New connections are refused at once; the WebSocket is told the server is going away.
        wait_until(lambda: _refused(leaving.port), "the port to refuse connections")
        assert await _close_frame(going) == (1001, GOING_AWAY_REASON)

        # The request in flight still completes, and its change is committed.
        in_flight.sendall(body[len(body) // 2 :])
        status, answer = await asyncio.to_thread(_response, in_flight)
        assert status == 200, answer
        created = answer["data"]["tasksCreate"]["result"]["id"]

        # The process exits in time although one request never sends the rest of its body.
        returncode = await asyncio.to_thread(leaving.process.wait, SHUTDOWN_SECONDS + 10)
        assert returncode in {0, -signal.SIGTERM}, leaving.log()

        # Everything committed on the leaving replica reached the other replica's subscriber.
        stop_at.set_result(await latest_sequence(leaving.database_url, owner.organization_id))
        await watching
        delivered = {event["entityId"] for event in watcher.events}
        assert {task["id"] for task in committed} | {created} <= delivered
    finally:
        for sock in sockets:
            sock.close()
        watching.cancel()
        await close_all(api, going)
