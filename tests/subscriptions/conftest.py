"""Fixtures: a connected Broadcast on each backend (redis and postgres only when reachable)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from subscriptions import Broadcast, create_broadcast
from tests.support import require_postgres, require_redis


def _url(kind: str) -> str:
    if kind == "memory":
        return "memory://"
    if kind == "redis":
        return require_redis()
    return require_postgres()


@pytest.fixture(
    params=[
        "memory",
        pytest.param("redis", marks=pytest.mark.redis),
        pytest.param("postgres", marks=pytest.mark.postgres),
    ]
)
async def broadcast(request: pytest.FixtureRequest) -> AsyncIterator[Broadcast]:
    bc = create_broadcast(_url(request.param))
    await bc.connect()
    try:
        yield bc
    finally:
        await bc.disconnect()
