"""Running the app under uvicorn with the shutdown REALTIME.md promises.

On SIGTERM uvicorn stops accepting, lets in-flight requests finish (`timeout_graceful_shutdown`),
then runs the app's lifespan shutdown (the relay flushes there). Two things are ours:
- WebSockets close with 1001 "going away": uvicorn sends 1012 ("service restart"), a code clients
  and proxies treat less uniformly; 1001 is what a browser sends when it leaves a page and what
  every client library reconnects on. The protocol below changes only that code and reason.
- One deadline for everything: requests get 3/4 of TRCR_SHUTDOWN_SECONDS, the relay's flush in
  the lifespan shutdown the rest, and the process exits when it is over whatever still waits.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

from backend.settings import Settings

logger = logging.getLogger("trcr")

GOING_AWAY = 1001
GOING_AWAY_REASON = "server shutting down; reconnect"


class GoingAwayWebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's default WebSocket protocol, closing with 1001 instead of 1012 on shutdown."""

    def shutdown(self) -> None:
        if not self.handshake_complete or self.close_sent:
            super().shutdown()  # a refused handshake (500) or an already closing socket
            return
        self.stop_keepalive()
        # The app sees the disconnect (its subscription ends), the client the close frame.
        self.queue.put_nowait({"type": "websocket.disconnect", "code": GOING_AWAY})
        self.conn.send_close(GOING_AWAY, GOING_AWAY_REASON)
        self.transport.write(b"".join(self.conn.data_to_send()))
        self.close_sent = True
        self.transport.close()


class GracefulServer(uvicorn.Server):
    """A uvicorn server whose whole shutdown is bounded by TRCR_SHUTDOWN_SECONDS."""

    def __init__(self, config: uvicorn.Config, shutdown_seconds: float) -> None:
        super().__init__(config)
        self.shutdown_seconds = shutdown_seconds

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await asyncio.wait_for(super().shutdown(sockets), timeout=self.shutdown_seconds)
        except TimeoutError:
            logger.error(
                "shutdown took longer than TRCR_SHUTDOWN_SECONDS=%s; exiting with work unfinished",
                self.shutdown_seconds,
            )


def serve(app: Any, settings: Settings, **logging_options: Any) -> None:
    """Serve until SIGTERM or Ctrl-C; `logging_options` are uvicorn's (trcr.cli.uvicorn_logging)."""
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        **logging_options,
        # WebSocket messages obey the request body cap, refused (1009) before they are buffered.
        ws_max_size=settings.max_body_bytes,
        # Off by default: about 42 KiB per connection for ~100-byte events (bench/events_fanout).
        ws_per_message_deflate=settings.ws_compression,
        ws=GoingAwayWebSocketProtocol,
        timeout_graceful_shutdown=max(1, round(settings.shutdown_requests_seconds)),
    )
    GracefulServer(config, settings.shutdown_seconds).run()
