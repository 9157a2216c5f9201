"""PostgreSQL LISTEN/NOTIFY backend (asyncpg) with a supervised listener and a publishing pool."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import asyncpg
from broadcaster import Event

from subscriptions.backends.base import (
    BackendUnavailableError,
    Listener,
    ReliableBackend,
    require_text,
    supervise,
)

logger = logging.getLogger(__name__)

# NOTIFY payloads must be shorter than 8000 bytes; keep a margin below the server's limit.
MAX_PAYLOAD_BYTES = 7900
# Identifiers longer than 63 bytes are truncated by PostgreSQL, so LISTEN and NOTIFY would differ.
MAX_CHANNEL_BYTES = 63
_HEALTH_CHECK_INTERVAL = 10.0
_OP_TIMEOUT = 5.0

_CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.ConnectionFailureError,
    ConnectionError,
    OSError,
    TimeoutError,
)


def _check_channel(channel: str) -> None:
    if not isinstance(channel, str) or not channel:
        raise ValueError(f"channel must be a non-empty string, got {channel!r}")
    if len(channel.encode()) > MAX_CHANNEL_BYTES:
        raise ValueError(
            f"PostgreSQL channel names are limited to {MAX_CHANNEL_BYTES} bytes: {channel!r}"
        )


class PostgresBackend(ReliableBackend):
    """A dedicated LISTEN connection, re-established after loss, and a pool for NOTIFY."""

    def __init__(self, url: str, *, pool_size: int = 4, max_backoff: float = 2.0) -> None:
        self._url = url
        self._pool_size = pool_size
        self._max_backoff = max_backoff
        self._pool: Any = None
        self._conn: Any = None
        self._channels: set[str] = set()
        # asyncpg allows one operation at a time per connection: serialise LISTEN/UNLISTEN/checks.
        self._lock = asyncio.Lock()
        self._queue: asyncio.Queue[Event] = asyncio.Queue()
        self._lost = asyncio.Event()
        self._supervisor: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        # Fail fast at startup; after that the supervisor reconnects on its own.
        try:
            self._pool = await asyncpg.create_pool(
                self._url, min_size=1, max_size=self._pool_size, timeout=_OP_TIMEOUT
            )
            await self._open_listener()
        except _CONNECTION_ERRORS as exc:
            await self._close_pool()
            raise BackendUnavailableError(f"PostgreSQL is unreachable: {exc}") from exc
        self._supervisor = asyncio.create_task(self._supervise(), name="trcr-pg-listener")

    async def disconnect(self) -> None:
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        await self._close_listener()
        await self._close_pool()

    async def subscribe(self, channel: str) -> None:
        _check_channel(channel)
        async with self._lock:
            self._channels.add(channel)
            conn = self._conn
            if conn is None or conn.is_closed():
                return  # reconnecting: the supervisor LISTENs on every channel in the set
            try:
                # asyncpg quotes the identifier, so any channel text is safe here.
                await conn.add_listener(channel, self._on_notify)
            except _CONNECTION_ERRORS:
                self._lost.set()

    async def unsubscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.discard(channel)
            conn = self._conn
            if conn is None or conn.is_closed():
                return
            try:
                await conn.remove_listener(channel, self._on_notify)
            except _CONNECTION_ERRORS:
                self._lost.set()

    async def publish(self, channel: str, message: object) -> None:
        text = require_text(channel, message)
        _check_channel(channel)
        size = len(text.encode())
        if size > MAX_PAYLOAD_BYTES:
            raise ValueError(
                f"broadcast payload is {size} bytes; PostgreSQL NOTIFY allows at most "
                f"{MAX_PAYLOAD_BYTES} here: publish ids, not rows"
            )
        if self._pool is None:
            raise BackendUnavailableError("PostgreSQL backend is not connected")
        try:
            await self._notify(channel, text)
        except _CONNECTION_ERRORS:
            # One retry: a pooled connection may have died with a server restart. A duplicate
            # event is harmless (messages carry ids and subscribers re-read), a lost one is not.
            try:
                await self._notify(channel, text)
            except _CONNECTION_ERRORS as exc:
                raise BackendUnavailableError(f"cannot publish to PostgreSQL: {exc}") from exc

    async def next_published(self) -> Event:
        return await self._queue.get()

    async def ping(self) -> None:
        if self._pool is None or self._supervisor is None or self._supervisor.done():
            raise BackendUnavailableError("PostgreSQL backend is not connected")
        conn = self._conn
        if conn is None or conn.is_closed():
            raise BackendUnavailableError("PostgreSQL listening connection is reconnecting")
        try:
            await self._pool.fetchval("SELECT 1", timeout=_OP_TIMEOUT)
        except _CONNECTION_ERRORS as exc:
            raise BackendUnavailableError(f"PostgreSQL is unreachable: {exc}") from exc

    def listener_pid(self) -> int | None:
        """Server process id of the listening connection (for diagnostics and tests)."""
        conn = self._conn
        if conn is None or conn.is_closed():
            return None
        pid: int = conn.get_server_pid()
        return pid

    async def _notify(self, channel: str, text: str) -> None:
        assert self._pool is not None
        await self._pool.execute("SELECT pg_notify($1, $2)", channel, text, timeout=_OP_TIMEOUT)

    def _on_notify(self, _conn: Any, _pid: int, channel: str, payload: str) -> None:
        self._queue.put_nowait(Event(channel=channel, message=payload))

    def _on_terminated(self, _conn: Any) -> None:
        self._lost.set()

    async def _open_listener(self) -> None:
        conn = await asyncpg.connect(self._url, timeout=_OP_TIMEOUT)
        try:
            async with self._lock:
                for channel in self._channels:
                    await conn.add_listener(channel, self._on_notify)
                conn.add_termination_listener(self._on_terminated)
                self._lost.clear()
                self._conn = conn
        except BaseException:
            with contextlib.suppress(Exception):
                await conn.close(timeout=1)
            raise

    async def _close_listener(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            conn.remove_termination_listener(self._on_terminated)
            try:
                await conn.close(timeout=1)
            except Exception:
                conn.terminate()

    async def _close_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            try:
                await asyncio.wait_for(pool.close(), 2)
            except Exception:
                pool.terminate()

    async def _supervise(self) -> None:
        listener = Listener(
            broker="PostgreSQL",
            is_open=lambda: self._conn is not None,
            open=self._open_listener,
            serve=self._watch,
            close=self._close_listener,
            channel_count=lambda: len(self._channels),
            connection_errors=_CONNECTION_ERRORS,
        )
        await supervise(listener, max_backoff=self._max_backoff)

    async def _watch(self) -> None:
        """Return when the listening connection is lost; probe it now and then for half-open TCP."""
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._lost.wait(), _HEALTH_CHECK_INTERVAL)
            conn = self._conn
            if self._lost.is_set() or conn is None or conn.is_closed():
                return
            async with self._lock:
                await conn.fetchval("SELECT 1", timeout=_OP_TIMEOUT)
