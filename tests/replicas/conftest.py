"""Fixtures of the replica tests: a PostgreSQL database and a workspace made with the `trcr`
command as an operator would (this process opens no ORM connection, so a test can break the
database under the servers without breaking itself), and three replicas behind HAProxy, shared by
the tests of a module (starting replicas is the slow part)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.balancer import Replicas, running_replicas
from tests.replicas.support import Owner, create_owner
from tests.support import (
    create_postgres_database,
    drop_postgres_database,
    require_postgres,
    require_redis,
)

REPLICAS = 3
# The schedulers run, and look for due work often, so a test sees an occurrence at once.
SCHEDULER_ENV = {
    "TRCR_SCHEDULER": "1",
    "TRCR_RECURRENCE_POLL_SECONDS": "0.3",
    "TRCR_REMINDER_POLL_SECONDS": "0.3",
}


@pytest.fixture(scope="module")
def database_url() -> Iterator[str]:
    """A fresh database on the shared PostgreSQL (tests that restart PostgreSQL use their own)."""
    admin_url = require_postgres()
    url = asyncio.run(create_postgres_database(admin_url))
    try:
        yield url
    finally:
        asyncio.run(drop_postgres_database(admin_url, url))


@pytest.fixture(scope="module")
def owner(database_url: str) -> Owner:
    """The workspace's owner (`trcr init` also migrates the database)."""
    return create_owner(database_url)


@pytest.fixture(
    scope="module",
    # Redis as the broker with round robin; LISTEN/NOTIFY on the same PostgreSQL with leastconn.
    params=[("redis", "roundrobin"), ("postgres", "leastconn")],
    ids=["redis", "listen-notify"],
)
def replicas(
    request: pytest.FixtureRequest,
    database_url: str,
    owner: Owner,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Replicas]:
    broker, algorithm = request.param
    broker_url = require_redis() if broker == "redis" else database_url
    with running_replicas(
        database_url,
        broker_url,
        REPLICAS,
        Path(tmp_path_factory.mktemp(f"replicas-{broker}")),
        algorithm=algorithm,
        env=SCHEDULER_ENV,
    ) as started:
        yield started
