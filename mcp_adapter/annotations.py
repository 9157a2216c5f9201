"""MCP tool annotations from an operation's kind and its declared @mcp hints."""

from __future__ import annotations

from typing import Any

from mcp_adapter.catalog import Operation


def tool_annotations(operation: Operation) -> dict[str, Any]:
    """Every hint is explicit, so no client falls back to the spec's pessimistic defaults."""
    if operation.is_mutation:
        return {
            "title": operation.title,
            "readOnlyHint": False,
            "destructiveHint": operation.destructive,
            "idempotentHint": operation.idempotent,
            # Tools touch only the token's workspace.
            "openWorldHint": False,
        }
    return {
        "title": operation.title,
        "readOnlyHint": True,
        "destructiveHint": False,
        "idempotentHint": True,
        "openWorldHint": False,
    }
