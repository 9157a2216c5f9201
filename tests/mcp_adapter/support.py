"""The SDK's own MCP client over real HTTP, as assistants connect."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import mcp_types
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

MODES = ["legacy", "2026-07-28"]


@asynccontextmanager
async def mcp_client(
    base_url: str, token: str, mode: str, path: str = "/mcp"
) -> AsyncIterator[Client]:
    """`path` picks the toolset: /mcp (default), /mcp/x/all, /mcp/x/tasks,time/readonly, …"""
    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30)
    async with (
        http,
        Client(streamable_http_client(f"{base_url}{path}", http_client=http), mode=mode) as client,
    ):
        yield client


def structured(result: mcp_types.CallToolResult) -> dict[str, Any]:
    """The structured result of a successful call, checked against its text twin."""
    assert not result.is_error, text(result)
    assert isinstance(result.structured_content, dict)
    assert json.loads(text(result)) == result.structured_content
    return result.structured_content


def text(result: mcp_types.CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, mcp_types.TextContent)
    return block.text
