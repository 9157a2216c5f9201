"""Processes that start together on an empty database migrate it once, without clashing."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, create_postgres_database, drop_postgres_database, require_postgres

PROCESSES = 3


async def _migrate_at_once(database_url: str) -> list[tuple[int, str]]:
    async def one() -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "trcr.cli", "--database-url", database_url, "migrate",
            cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        out, _ = await asyncio.wait_for(process.communicate(), timeout=180)
        return process.returncode or 0, out.decode()

    return list(await asyncio.gather(*(one() for _ in range(PROCESSES))))


async def test_concurrent_migrations_of_an_empty_sqlite_file(tmp_path: Path) -> None:
    results = await _migrate_at_once(f"sqlite://{tmp_path / 'fresh.sqlite3'}")
    assert [code for code, _ in results] == [0] * PROCESSES, results


@pytest.mark.postgres
async def test_concurrent_migrations_of_an_empty_postgres_database() -> None:
    admin_url = require_postgres()
    url = await create_postgres_database(admin_url)
    try:
        results = await _migrate_at_once(url)
    finally:
        await drop_postgres_database(admin_url, url)
    assert [code for code, _ in results] == [0] * PROCESSES, results
