"""Database configuration: one tortoise app for every domain, on SQLite or PostgreSQL."""

from __future__ import annotations

import asyncio
import fcntl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.migrations.api.migrate import migrate as run_migrations

# Every domain's models module; one tortoise app so relations read "models.User".
MODEL_MODULES = [
    "backend.orgs.models",
    "backend.users.models",
    "backend.members.models",
    "backend.projects.models",
    "backend.tasks.models",
    "backend.task_statuses.models",
    "backend.task_groups.models",
    "backend.labels.models",
    "backend.milestones.models",
    "backend.task_recurrences.models",
    "backend.tasks_comments.models",
    "backend.tasks_checklist.models",
    "backend.tasks_dependencies.models",
    "backend.time.models",
    "backend.clients.models",
    "backend.invoices.models",
    "backend.payments.models",
    "backend.mail.models",
    "backend.chat.models",
    "backend.search.models",
    "backend.git.models",
    "backend.attachments.models",
    "backend.public_forms.models",
    "backend.notifications.models",
    "backend.audit.models",
    "backend.events.models",
]


def normalize_url(url: str) -> str:
    """Accept the spellings people use for PostgreSQL URLs (tortoise wants postgres://)."""
    for prefix in ("postgresql+asyncpg://", "postgresql://"):
        if url.startswith(prefix):
            return "postgres://" + url[len(prefix) :]
    return url


def is_postgres(database_url: str) -> bool:
    return normalize_url(database_url).startswith("postgres://")


def connection_name(database_url: str) -> str:
    """Named after the dialect: tortoise caches SQL per connection name, so a process that
    moves from SQLite to PostgreSQL (the test suite) must not reuse the name."""
    return "postgres" if is_postgres(database_url) else "sqlite"


def connection_config(database_url: str) -> str | dict[str, Any]:
    """PostgreSQL by URL; SQLite through our engine, whose transactions wait for the write lock."""
    url = normalize_url(database_url)
    if is_postgres(url):
        return url
    return {**expand_db_url(url), "engine": "backend.core.sqlite"}


def tortoise_config(database_url: str) -> dict[str, Any]:
    name = connection_name(database_url)
    return {
        "connections": {name: connection_config(database_url)},
        "apps": {
            "models": {
                "models": MODEL_MODULES,
                "default_connection": name,
                "migrations": "backend.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


# Used by the `tortoise makemigrations` command (see [tool.tortoise] in pyproject.toml).
MIGRATIONS_CONFIG = tortoise_config("sqlite://:memory:")


# Any constant works; it only has to be the same in every process that migrates.
_MIGRATION_LOCK_KEY = 0x7472_6372  # "trcr"


@asynccontextmanager
async def _migration_lock(database_url: str) -> AsyncIterator[None]:
    """One migrating process at a time: replicas (or a server and `trcr migrate`) that start
    together on an empty database would otherwise both create the same tables."""
    url = normalize_url(database_url)
    if is_postgres(url):
        connection = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            await connection.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK_KEY)
            yield
        finally:
            await connection.close()  # ends the session, which releases the lock
        return
    file_path = expand_db_url(url)["credentials"]["file_path"]
    if file_path == ":memory:":
        yield
        return
    lock_file = await asyncio.to_thread(Path(f"{file_path}.migrate-lock").open, "a")
    try:
        await asyncio.to_thread(fcntl.flock, lock_file, fcntl.LOCK_EX)
        yield
    finally:
        lock_file.close()  # closing releases the lock


async def migrate(database_url: str) -> None:
    """Apply every pending migration, then leave the connections closed."""
    async with _migration_lock(database_url):
        try:
            await run_migrations(config=tortoise_config(database_url))
        finally:
            await close()


async def init(database_url: str) -> None:
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)


async def close() -> None:
    await Tortoise.close_connections()
