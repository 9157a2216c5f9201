"""What the audit log never writes: secrets, token hashes, invitation secrets, passwords."""

from __future__ import annotations

from typing import Any

# Field names never written (their change still shows, as REDACTED).
DENIED_FIELDS = frozenset(
    {
        "secret",
        "secret_hash",
        "token",
        "token_hash",
        "hash",
        "password",
        "password_hash",
        "webhook_secret",
        "invitation_secret",
        "secret_encrypted",  # a git repository's webhook secret, even encrypted
        "plaintext",
        "api_key",
    }
)
# Any field whose name ends like this is a secret too (future columns included).
DENIED_SUFFIXES = ("_hash", "_secret", "_password", "_token", "_key_hash")

REDACTED = "[redacted]"


def is_denied(name: str) -> bool:
    lowered = name.lower()
    return lowered in DENIED_FIELDS or lowered.endswith(DENIED_SUFFIXES)


def redact(values: dict[str, Any]) -> dict[str, Any]:
    return {name: REDACTED if is_denied(name) else value for name, value in values.items()}
