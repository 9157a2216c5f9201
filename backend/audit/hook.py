"""The audit commit hook: one entry per unit of work, written in its transaction.

Runs for every unit of work (backend/commit_hooks.py), whatever the interface; a rollback takes
the entry with it. The entry names the first event recorded (the change the caller asked for;
follow-on events come after it), or the first captured row change when no event was recorded.
A unit of work that recorded nothing and changed no row writes no entry.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from backend.audit.models import AuditEntry
from backend.audit.redaction import redact
from backend.core import interfaces
from backend.core.changes import Change
from backend.core.unit_of_work import UnitOfWork


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return _json_value(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID | Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    return str(value)


def _change_json(change: Change) -> dict[str, Any]:
    return {
        "entity_type": change.entity_type,
        "entity_id": change.entity_id,
        "action": change.action,
        "before": {k: _json_value(v) for k, v in redact(change.before).items()},
        "after": {k: _json_value(v) for k, v in redact(change.after).items()},
    }


async def write_audit_entry(uow: UnitOfWork) -> None:
    if uow.events:
        primary = uow.events[0]
        entity_type, entity_id, action = primary.entity_type, primary.entity_id, primary.type
    elif uow.changes:
        first = uow.changes[0]
        entity_type, entity_id = first.entity_type, first.entity_id
        action = f"{first.entity_type}.{first.action}"
    else:
        return
    principal = uow.principal
    where = interfaces.current()
    await AuditEntry.create(
        organization_id=principal.organization_id,
        occurred_at=datetime.now(UTC),
        actor_id=principal.user_id,
        token_id=principal.token_id,
        token_name=principal.token_name,
        interface=where.interface.value,
        operation=where.operation,
        entity_type=entity_type,
        entity_id=entity_id,
        action=action,
        changes=[_change_json(change) for change in uow.changes],
        request_id=where.request_id,
    )
