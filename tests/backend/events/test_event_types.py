"""Every domain declares its events beside its code; the GraphQL enum lists exactly those."""

from __future__ import annotations

import re
from pathlib import Path

from backend.core.event_types import AccessChange, all_event_types, lookup
from backend.events import registry
from backend.events.types import STREAM_RESYNC, EventTypeEnum, graphql_name
from backend.schema import schema

ROOT = Path(__file__).resolve().parents[3]


def test_every_domain_with_an_events_module_is_collected() -> None:
    declared = registry.load()
    modules = {type(event_type).__module__ for event_type in declared}
    assert modules == {f"backend.{domain}.events" for domain in registry.domains_with_events()}
    assert {"projects", "users", "members", "tasks", "time"} <= set(registry.domains_with_events())


def test_each_event_class_owns_one_entity_type_and_names_it() -> None:
    owners: dict[str, type] = {}
    for event_type in registry.load():
        assert re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*", event_type.value)
        assert owners.setdefault(event_type.entity_type, type(event_type)) is type(event_type)
        assert lookup(event_type.value) is event_type
        assert event_type.description.endswith(".")
    assert lookup("task.exploded") is None


def test_graphql_enum_lists_every_declared_type_with_its_wire_name() -> None:
    enum = schema.get_type_by_name("EventType")
    assert enum is not None
    declared = {graphql_name(t.value): t.value for t in all_event_types()}
    # Plus the stream's own signal, which no domain declares.
    declared[graphql_name(STREAM_RESYNC)] = STREAM_RESYNC
    values = {value.name: value for value in enum.values}  # type: ignore[attr-defined]
    assert set(values) == set(declared)
    for name, wire in declared.items():
        assert values[name].description.startswith(f"`{wire}`: ")
        assert EventTypeEnum[name].value == wire
    assert declared["TASK_CREATED"] == "task.created"


def test_events_that_change_access_are_declared_as_such() -> None:
    changes = {t.value: t.changes for t in all_event_types() if t.changes != AccessChange.NONE}
    assert changes == {
        "token.revoked": AccessChange.TOKEN,
        "member.role_changed": AccessChange.MEMBER,
        "member.removed": AccessChange.MEMBER,
        "project_member.added": AccessChange.SPACE,
        "project_member.removed": AccessChange.SPACE,
        "project.updated": AccessChange.SPACE,
        "project.deleted": AccessChange.SPACE,
        "chat_channel.member_added": AccessChange.ENTITY,
        "chat_channel.member_removed": AccessChange.ENTITY,
    }


def test_services_record_typed_events_only() -> None:
    literal = re.compile(r"\.record\(\s*[\"']")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "backend").rglob("*.py")
        if literal.search(path.read_text())
    ]
    assert offenders == []
