"""Where the external services the suite needs live, and what to do when one is missing.

Tests that need PostgreSQL or Redis call `require_postgres()` / `require_redis()`: they skip with a
visible reason when the service is not reachable, and fail instead when TRCR_REQUIRE_SERVICES=1
(set by .ci/run, where both services must be present).
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

import pytest

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
