"""The SQLite engine for tortoise: transactions take the write lock up front, and wait for it.

Python's sqlite3 opens deferred transactions. One that reads and then writes, while another
connection (the CLI, a second server process, the scheduler's writes in another process) holds
the write lock, fails at once with "database is locked": SQLite refuses to upgrade a read
snapshot that is already stale, and the busy timeout never applies. `BEGIN IMMEDIATE` takes the
write lock when the transaction starts, so the busy timeout covers it: a writer waits its turn
instead of failing. WAL keeps readers from blocking the writer and the writer from blocking them.

Named in the connection config as `"engine": "backend.core.sqlite"` (tortoise imports the module
and uses its `client_class`).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from tortoise.backends.base.client import TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
)
from tortoise.exceptions import TransactionManagementError

# How long a writer waits for another connection's write transaction before it gives up.
BUSY_TIMEOUT_MS = 30_000

PRAGMAS = {
    "journal_mode": "WAL",
    "busy_timeout": BUSY_TIMEOUT_MS,
    # Durable at every checkpoint, and safe against corruption, in WAL mode.
    "synchronous": "NORMAL",
    "foreign_keys": "ON",
}


class ImmediateTransaction(SqliteTransactionWrapper):
    async def begin(self) -> None:
        try:
            await self._connection.commit()
            await self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise TransactionManagementError(exc) from exc


class WriterSqliteClient(SqliteClient):
    def __init__(self, file_path: str, **kwargs: Any) -> None:
        super().__init__(file_path, **kwargs)
        for pragma, value in PRAGMAS.items():
            self.pragmas.setdefault(pragma, value)

    def _in_transaction(self) -> TransactionContext:
        return SqliteTransactionContext(ImmediateTransaction(self), self._lock)


client_class = WriterSqliteClient
