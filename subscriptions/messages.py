"""The event message format published after each committed transaction: ids only, never rows.

Every message carries an `id` (unique, for logs and idempotent consumers) and a `sequence`:
per organization, from 1, gap-free in commit order (numbered by the transactional outbox at
commit). Subscribers use the sequence to drop duplicates, keep order, fill gaps and resume.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

_TYPE_PATTERN = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_REQUIRED_STR = ("type", "organization_id", "entity_type", "entity_id")
_OPTIONAL_STR = ("project_id", "actor_id")


@dataclass(frozen=True, slots=True)
class EventMessage:
    """One committed change, addressed by ids; subscribers re-read what they are allowed to see."""

    type: str
    organization_id: str
    entity_type: str
    entity_id: str
    project_id: str | None
    actor_id: str | None
    occurred_at: datetime
    id: str = field(default_factory=lambda: uuid4().hex)
    # 0 while the transaction that recorded it is open; the outbox numbers it just before commit.
    sequence: int = 0

    def __post_init__(self) -> None:
        if not _TYPE_PATTERN.fullmatch(self.type):
            raise ValueError(f"event type must look like 'entity.verb', got {self.type!r}")
        for name in _REQUIRED_STR[1:]:
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise ValueError(f"event field {name!r} must be a non-empty string, got {value!r}")
        for name in _OPTIONAL_STR:
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value):
                raise ValueError(f"event field {name!r} must be a non-empty string or None")
        if not isinstance(self.occurred_at, datetime) or self.occurred_at.utcoffset() is None:
            raise ValueError("event field 'occurred_at' must be a timezone-aware datetime")
        if not isinstance(self.id, str) or not self.id:
            raise ValueError(f"event field 'id' must be a non-empty string, got {self.id!r}")
        if type(self.sequence) is not int or self.sequence < 0:
            raise ValueError(
                f"event field 'sequence' must be an integer >= 0, got {self.sequence!r}"
            )
        # Normalise to UTC so equal instants compare and serialise identically on every replica.
        object.__setattr__(self, "occurred_at", self.occurred_at.astimezone(UTC))

    def numbered(self, sequence: int) -> EventMessage:
        """This event with its organization sequence number (given by the outbox at commit)."""
        return replace(self, sequence=sequence)

    def to_json(self) -> str:
        """Compact JSON with `occurred_at` as ISO-8601 (UTC offset included)."""
        if self.sequence < 1:
            raise ValueError(
                f"event {self.id} has no sequence yet; only numbered events (the outbox numbers "
                "them at commit) go on the wire"
            )
        data = asdict(self)
        data["occurred_at"] = self.occurred_at.isoformat()
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> EventMessage:
        """Parse a message produced by `to_json`; raise ValueError naming what is wrong."""
        try:
            data: Any = json.loads(text)
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"event message is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"event message must be a JSON object, got {type(data).__name__}")
        missing = [
            name
            for name in (*_REQUIRED_STR, *_OPTIONAL_STR, "occurred_at", "id", "sequence")
            if name not in data
        ]
        if missing:
            raise ValueError(f"event message is missing field(s): {', '.join(missing)}")
        for name in _REQUIRED_STR:
            if not isinstance(data[name], str):
                raise ValueError(f"event field {name!r} must be a string, got {data[name]!r}")
        for name in _OPTIONAL_STR:
            if data[name] is not None and not isinstance(data[name], str):
                raise ValueError(f"event field {name!r} must be a string or null")
        if not isinstance(data["id"], str) or not data["id"]:
            raise ValueError(f"event field 'id' must be a non-empty string, got {data['id']!r}")
        sequence = data["sequence"]
        if type(sequence) is not int or sequence < 1:
            raise ValueError(f"event field 'sequence' must be an integer >= 1, got {sequence!r}")
        raw_time = data["occurred_at"]
        if not isinstance(raw_time, str):
            raise ValueError("event field 'occurred_at' must be an ISO-8601 string")
        try:
            occurred_at = datetime.fromisoformat(raw_time)
        except ValueError as exc:
            raise ValueError(f"event field 'occurred_at' is not ISO-8601: {raw_time!r}") from exc
        # Unknown extra fields are ignored so replicas on a newer version can add fields safely.
        return cls(
            type=data["type"],
            organization_id=data["organization_id"],
            entity_type=data["entity_type"],
            entity_id=data["entity_id"],
            project_id=data["project_id"],
            actor_id=data["actor_id"],
            occurred_at=occurred_at,
            id=data["id"],
            sequence=sequence,
        )
