"""The request body cap applies to WebSocket messages too: an oversized one closes the socket
with 1009 (message too big) and nothing it carried runs."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from starlette.types import Message, Receive, Scope, Send
from websockets.exceptions import ConnectionClosed

from backend.core.security import BodySizeLimit
from backend.projects.models import Project
from backend.settings import Settings
from tests.conftest import Workspace
from tests.support import ServerProcess, SubscriptionClient

CREATE_WITH_DESCRIPTION = """
mutation($name: String!, $description: String) {
  projectsCreate(name: $name, description: $description) { result { id } errors { code } }
}"""


async def test_oversized_websocket_message_closes_with_1009_and_stores_nothing(
    server: ServerProcess, workspace: Workspace
) -> None:
    limit = Settings().max_body_bytes
    client = await SubscriptionClient.open(server.base_url, token=workspace.token)
    try:
        name = f"Huge {workspace.organization_id[:8]}"
        await client.subscribe(CREATE_WITH_DESCRIPTION, {"name": name, "description": "x" * limit})
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(client.connection.recv(), 10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
        assert not await Project.filter(
            organization_id=workspace.organization_id, name=name
        ).exists()
    finally:
        await client.close()


async def test_the_asgi_layer_enforces_the_cap_on_any_server() -> None:
    """Without uvicorn's ws_max_size, the same limit holds in BodySizeLimit."""
    seen: list[Message] = []
    sent: list[Message] = []

    async def app(_scope: Scope, receive: Receive, _send: Send) -> None:
        seen.append(await receive())
        seen.append(await receive())

    incoming: list[Message] = [
        {"type": "websocket.receive", "text": json.dumps({"type": "ping"})},
        {"type": "websocket.receive", "text": "é" * 9},  # 18 bytes in UTF-8, 9 characters
    ]

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope: dict[str, Any] = {"type": "websocket", "headers": []}
    await BodySizeLimit(app, max_bytes=16)(scope, receive, send)
    assert seen[0]["type"] == "websocket.receive"
    assert seen[1]["type"] == "websocket.disconnect"
    assert [(m["type"], m["code"]) for m in sent] == [("websocket.close", 1009)]
    assert sent[0]["reason"] == "Message exceeds 16 bytes."
