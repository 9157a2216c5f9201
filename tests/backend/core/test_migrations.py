"""One set of models, one migration history, the same tables and columns on SQLite and PostgreSQL."""

from __future__ import annotations

from tortoise import Tortoise, connections
from tortoise.context import TortoiseContext
from tortoise.migrations.autodetector import MigrationAutodetector

from backend.core import db
from tests.support import Database


async def test_models_and_committed_migrations_are_in_sync() -> None:
    config = db.tortoise_config("sqlite://:memory:")
    async with TortoiseContext() as context:
        await context.init(config=config)
        changes = await MigrationAutodetector(context.apps, config["apps"]).changes()
    assert changes == [], (
        "models changed without a migration: run `tortoise makemigrations` and review it"
    )


async def _columns(database: Database) -> dict[str, set[str]]:
    connection = connections.get(db.connection_name(database.url))
    if database.kind == "postgres":
        rows = await connection.execute_query_dict(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
        )
    else:
        tables = await connection.execute_query_dict(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        rows = []
        for table in tables:
            for column in await connection.execute_query_dict(
                f"PRAGMA table_info('{table['name']}')"
            ):
                rows.append({"table_name": table["name"], "column_name": column["name"]})
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["table_name"], set()).add(row["column_name"])
    return found


async def test_migrated_database_has_every_model_table_and_column(database: Database) -> None:
    found = await _columns(database)
    for model in Tortoise.apps["models"].values():
        table = model._meta.db_table
        assert table in found, f"{table} missing on {database.kind}"
        assert set(model._meta.fields_db_projection.values()) <= found[table], table
