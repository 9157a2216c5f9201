"""Per-message deflate on WebSockets is a decision (TRCR_WS_COMPRESSION, off by default): a real
client offering it gets it only from a server that enables it. Why off: bench/events_fanout.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from tests.support import ServerProcess


async def _negotiated_extensions(server: ServerProcess) -> str | None:
    url = server.base_url.replace("http://", "ws://") + "/graphql"
    async with connect(
        url,
        subprotocols=["graphql-transport-ws"],  # type: ignore[list-item]
        compression="deflate",  # offered, as browsers do
    ) as connection:
        assert connection.response is not None
        extensions: str | None = connection.response.headers.get("Sec-WebSocket-Extensions")
        return extensions


@pytest.mark.parametrize(
    ("env", "deflate"),
    [({}, False), ({"TRCR_WS_COMPRESSION": "0"}, False), ({"TRCR_WS_COMPRESSION": "1"}, True)],
)
async def test_websocket_compression_follows_the_setting(
    tmp_path: Path, env: dict[str, str], deflate: bool
) -> None:
    server = ServerProcess(database_url=f"sqlite://{tmp_path / 'ws.sqlite3'}", env=env)
    try:
        server.start(tmp_path)
        extensions = await _negotiated_extensions(server)
    finally:
        server.stop()
    assert ("permessage-deflate" in (extensions or "")) is deflate, extensions
