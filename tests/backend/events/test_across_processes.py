"""Two server processes sharing PostgreSQL and a broker: a change on one reaches subscribers of the other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backend.support import EVENTS, create_project
from tests.conftest import Workspace
from tests.support import Database, GraphQLClient, ServerProcess, SubscriptionClient, require_redis


@pytest.fixture(params=["redis", "postgres"])
def server_pair(
    request: pytest.FixtureRequest, database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    if database.kind != "postgres":
        pytest.skip("replicas share a PostgreSQL database; SQLite is the single-process deployment")
    broker = require_redis() if request.param == "redis" else database.url
    logs = Path(tmp_path_factory.mktemp("pair"))
    first, second = ServerProcess(database.url, broker), ServerProcess(database.url, broker)
    first.start(logs)
    try:
        second.start(logs)
        yield first, second
    finally:
        first.stop()
        second.stop()


async def test_mutation_on_one_server_reaches_a_subscriber_on_the_other(
    server_pair: tuple[ServerProcess, ServerProcess], workspace: Workspace
) -> None:
    first, second = server_pair
    subscriber = await SubscriptionClient.open(first.base_url, token=workspace.token)
    writer = GraphQLClient(second.base_url)
    try:
        await subscriber.subscribe(EVENTS, {"types": ["PROJECT_CREATED"]})
        await subscriber.assert_silent(0.5)
        project = await create_project(writer, workspace.token, "Replicated")
        event = await subscriber.next_event(timeout=10)
        assert (event["type"], event["entityId"]) == ("project.created", project["id"])
    finally:
        await subscriber.close()
        await writer.close()
