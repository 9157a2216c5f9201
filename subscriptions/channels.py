"""Channel names: one realtime channel per organization."""

from __future__ import annotations

import re

CHANNEL_PREFIX = "trcr.org."
# PostgreSQL truncates identifiers at 63 bytes, so LISTEN and NOTIFY names must stay below that.
MAX_CHANNEL_BYTES = 63
_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")


def organization_channel(organization_id: str) -> str:
    """The channel carrying every event of one organization, e.g. ``trcr.org.<id>``."""
    if not isinstance(organization_id, str) or not _ID_PATTERN.fullmatch(organization_id):
        raise ValueError(
            f"organization id must be non-empty and use only letters, digits, '-' or '_', "
            f"got {organization_id!r}"
        )
    channel = f"{CHANNEL_PREFIX}{organization_id}"
    if len(channel.encode()) > MAX_CHANNEL_BYTES:
        raise ValueError(f"organization id is too long for a channel name: {organization_id!r}")
    return channel
