"""Redis, then PostgreSQL, restarted under load behind the balancer: /readyz reports the outage
while it lasts (HAProxy stops routing), the replicas recover by themselves, no acknowledged change
is lost, and every subscriber receives every event exactly once, in order, including the events
committed while the broker was down (the outbox relay publishes them once it is back)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from tests.balancer import PrivatePostgres, PrivateRedis, Replicas, running_replicas, wait_until
from tests.replicas.support import (
    Owner,
    ResumingSubscriber,
    create_owner,
    create_project,
    latest_sequence,
    write_tasks,
)
from tests.support import GraphQLClient, ServerProcess, require_redis

REPLICAS = 2
SUBSCRIBERS = 4


def _readiness(server: ServerProcess) -> tuple[int, dict[str, str]]:
    response = httpx.get(f"{server.base_url}/readyz", timeout=5)
    return response.status_code, response.json()


def _wait_for_readiness(replicas: Replicas, check: str, expected: str) -> None:
    """Every replica's /readyz reports `check` as `expected` ("ok", or the start of an error)."""
    for server in replicas.servers:

        def reports(server: ServerProcess = server) -> bool:
            return _readiness(server)[1].get(check, "").startswith(expected)

        wait_until(reports, f"{server.base_url}/readyz to report {check}: {expected}")


class Load:
    """Subscribers resuming through the balancer, and writers creating tasks through it."""

    def __init__(self, replicas: Replicas, owner: Owner, project_id: str, start: int) -> None:
        self.replicas = replicas
        self.owner = owner
        self.project_id = project_id
        self.api = GraphQLClient(replicas.base_url)
        self.subscribers = [
            ResumingSubscriber(replicas.base_url, owner.token, start) for _ in range(SUBSCRIBERS)
        ]
        self.start = start
        self.stop_at: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self.consuming = [asyncio.create_task(s.run(self.stop_at)) for s in self.subscribers]
        self.acknowledged: list[str] = []

    async def connected(self) -> None:
        await asyncio.gather(*(s.connected.wait() for s in self.subscribers))

    async def write(self, count: int, prefix: str, api: GraphQLClient | None = None) -> None:
        self.acknowledged += await write_tasks(
            api or self.api, self.owner.token, self.project_id, count, prefix
        )

    async def finish(self) -> None:
        """Wait until every subscriber reached the last committed sequence; check what each saw."""
        final = await latest_sequence(self.replicas.database_url, self.owner.organization_id)
        self.stop_at.set_result(final)
        await asyncio.gather(*self.consuming)
        expected = list(range(self.start + 1, final + 1))
        for subscriber in self.subscribers:
            assert subscriber.sequences == expected
            delivered = {event["entityId"] for event in subscriber.events}
            assert set(self.acknowledged) <= delivered
        connection = await asyncpg.connect(self.replicas.database_url)
        try:
            stored = await connection.fetch(
                "SELECT id FROM tasks WHERE id = ANY($1::uuid[])", self.acknowledged
            )
        finally:
            await connection.close()
        assert len(stored) == len(self.acknowledged)  # no acknowledged change was lost

    async def close(self) -> None:
        for task in self.consuming:
            task.cancel()
        await self.api.close()


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    redis = PrivateRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    postgres = PrivatePostgres()
    postgres.start()
    try:
        yield postgres
    finally:
        postgres.remove()


async def test_redis_restart_under_load(
    database_url: str, owner: Owner, private_redis: PrivateRedis, tmp_path: Path
) -> None:
    with running_replicas(database_url, private_redis.url, REPLICAS, tmp_path) as replicas:
        assert replicas.balancer is not None
        api = GraphQLClient(replicas.base_url)
        project = await create_project(api, owner.token, "Redis outage")
        await api.close()
        load = Load(
            replicas,
            owner,
            project["id"],
            await latest_sequence(database_url, owner.organization_id),
        )
        direct = GraphQLClient(replicas.servers[0].base_url)
        try:
            await load.connected()
            await load.write(5, "before")

            private_redis.stop()
            _wait_for_readiness(replicas, "broker", "unavailable")
            status, body = _readiness(replicas.servers[0])
            assert status == 503 and body["status"] == "unavailable", body
            replicas.balancer.wait_for(dict.fromkeys(replicas.names, "DOWN"))
            # The database is up: a client still talking to a replica commits changes, and
            # their events wait in the outbox.
            await load.write(5, "during", api=direct)

            private_redis.start()
            _wait_for_readiness(replicas, "broker", "ok")
            replicas.balancer.wait_for(dict.fromkeys(replicas.names, "UP"))
            await load.write(5, "after")
            await load.finish()
        finally:
            await direct.close()
            await load.close()


async def test_postgres_restart_under_load(
    private_postgres: PrivatePostgres, tmp_path: Path
) -> None:
    connection = await asyncpg.connect(private_postgres.admin_url)
    try:
        await connection.execute("CREATE DATABASE trcr")
    finally:
        await connection.close()
    database_url = private_postgres.admin_url.rsplit("/", 1)[0] + "/trcr"
    owner = create_owner(database_url)
    with running_replicas(database_url, require_redis(), REPLICAS, tmp_path) as replicas:
        assert replicas.balancer is not None
        api = GraphQLClient(replicas.base_url)
        project = await create_project(api, owner.token, "PostgreSQL outage")
        await api.close()
        load = Load(
            replicas,
            owner,
            project["id"],
            await latest_sequence(database_url, owner.organization_id),
        )
        try:
            await load.connected()
            writing = asyncio.create_task(load.write(40, "across"))
            await load.write(3, "before")

            private_postgres.stop()  # fast shutdown: every connection is cut
            _wait_for_readiness(replicas, "database", "unavailable")
            status, body = _readiness(replicas.servers[1])
            assert status == 503 and body["status"] == "unavailable", body
            replicas.balancer.wait_for(dict.fromkeys(replicas.names, "DOWN"))

            private_postgres.start()
            _wait_for_readiness(replicas, "database", "ok")
            replicas.balancer.wait_for(dict.fromkeys(replicas.names, "UP"))
            await writing  # the writer kept retrying through the outage and got through
            await load.write(3, "after")
            await load.finish()
        finally:
            await load.close()
