"""EventMessage round trip and validation; channel naming."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from subscriptions import EventMessage, organization_channel


def make(**overrides: object) -> EventMessage:
    fields: dict[str, object] = {
        "type": "task.created",
        "organization_id": "org_1",
        "entity_type": "task",
        "entity_id": "task_42",
        "project_id": "proj_7",
        "actor_id": None,
        "occurred_at": datetime(2026, 11, 3, 12, 30, 5, 123456, tzinfo=UTC),
        "id": "5f0c9b3e8a7d4c2b9e1f0a6d3c8b7e4f",
        "sequence": 1,
    }
    fields.update(overrides)
    return EventMessage(**fields)  # type: ignore[arg-type]


def test_round_trip_preserves_every_field() -> None:
    message = make()
    text = message.to_json()
    assert EventMessage.from_json(text) == message
    data = json.loads(text)
    assert data["occurred_at"] == "2026-11-03T12:30:05.123456+00:00"
    assert data["actor_id"] is None
    assert " " not in text  # compact


def test_occurred_at_is_normalised_to_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    message = make(occurred_at=datetime(2026, 11, 3, 14, 0, tzinfo=plus_two))
    assert message.occurred_at.utcoffset() == timedelta(0)
    assert message.occurred_at.hour == 12
    assert EventMessage.from_json(message.to_json()).occurred_at == message.occurred_at


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make(occurred_at=datetime(2026, 11, 3, 12, 0))


def test_bad_type_is_refused() -> None:
    with pytest.raises(ValueError, match=r"entity\.verb"):
        make(type="TaskCreated")


def test_message_is_frozen() -> None:
    message = make()
    with pytest.raises(AttributeError):
        message.entity_id = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"type": "task.created"}', "missing field(s): organization_id"),
        (
            json.dumps({**json.loads(make().to_json()), "entity_id": 42}),
            "'entity_id' must be a string",
        ),
        (
            json.dumps({**json.loads(make().to_json()), "project_id": 7}),
            "'project_id' must be a string or null",
        ),
        (
            json.dumps({**json.loads(make().to_json()), "occurred_at": "yesterday"}),
            "not ISO-8601",
        ),
        (
            json.dumps({**json.loads(make().to_json()), "occurred_at": "2026-11-03T12:00:00"}),
            "timezone-aware",
        ),
        (json.dumps({**json.loads(make().to_json()), "organization_id": ""}), "non-empty"),
        (
            json.dumps({k: v for k, v in json.loads(make().to_json()).items() if k != "sequence"}),
            "missing field(s): sequence",
        ),
        (json.dumps({**json.loads(make().to_json()), "sequence": 0}), "integer >= 1"),
        (json.dumps({**json.loads(make().to_json()), "sequence": "3"}), "integer >= 1"),
        (json.dumps({**json.loads(make().to_json()), "sequence": True}), "integer >= 1"),
        (json.dumps({**json.loads(make().to_json()), "id": ""}), "'id' must be a non-empty"),
    ],
)
def test_malformed_input_raises_clear_value_error(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match="event") as info:
        EventMessage.from_json(text)
    assert fragment in str(info.value)


def test_unnumbered_event_never_goes_on_the_wire() -> None:
    recorded = make(sequence=0)  # as a unit of work records it, before the outbox numbers it
    with pytest.raises(ValueError, match="no sequence yet"):
        recorded.to_json()
    numbered = recorded.numbered(7)
    assert (numbered.sequence, numbered.id) == (7, recorded.id)
    assert EventMessage.from_json(numbered.to_json()) == numbered


def test_each_event_gets_its_own_id() -> None:
    first, second = (
        EventMessage(
            type="task.created",
            organization_id="org_1",
            entity_type="task",
            entity_id="task_42",
            project_id=None,
            actor_id=None,
            occurred_at=datetime(2026, 11, 3, tzinfo=UTC),
        )
        for _ in range(2)
    )
    assert first.id != second.id and first.sequence == second.sequence == 0


def test_negative_sequence_is_refused() -> None:
    with pytest.raises(ValueError, match="integer >= 0"):
        make(sequence=-1)


def test_unknown_fields_are_ignored_for_forward_compatibility() -> None:
    data = {**json.loads(make().to_json()), "added_later": 1}
    assert EventMessage.from_json(json.dumps(data)) == make()


def test_organization_channel() -> None:
    assert organization_channel("3f2a-b") == "trcr.org.3f2a-b"
    assert organization_channel("a") != organization_channel("b")


@pytest.mark.parametrize("bad", ["", "a.b", "a b", "x" * 60, "org*"])
def test_organization_channel_refuses_unsafe_ids(bad: str) -> None:
    with pytest.raises(ValueError, match="organization id"):
        organization_channel(bad)
