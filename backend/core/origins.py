"""One matcher for Host and Origin allow-lists, with the MCP SDK's `name:*` any-port patterns."""

from __future__ import annotations


def matches(value: str, patterns: tuple[str, ...]) -> bool:
    """`value` is a Host (`localhost:8000`) or an Origin (`http://localhost:8000`)."""
    value = value.strip().lower().rstrip("/")
    for pattern in patterns:
        pattern = pattern.strip().lower().rstrip("/")
        if pattern == "*" or value == pattern:
            return True
        if pattern.endswith(":*"):
            base = pattern[:-2]
            head, _, port = value.rpartition(":")
            if head == base and port.isdigit():
                return True
    return False
