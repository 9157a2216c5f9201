"""GraphQL types of the audit log."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import strawberry

from backend.audit.models import AuditEntry as AuditEntryRow


@strawberry.type(description="One field of a changed row: its value before and after, as JSON.")
class AuditField:
    name: str
    before: str | None = strawberry.field(description="JSON; null when the row was created.")
    after: str | None = strawberry.field(description="JSON; null when the row was deleted.")


@strawberry.type(description="One row the change created, updated or deleted.")
class AuditChange:
    entity_type: str
    entity_id: strawberry.ID
    action: str = strawberry.field(description="created, updated or deleted.")
    fields: list[AuditField]

    @classmethod
    def from_json(cls, change: dict[str, Any]) -> AuditChange:
        before, after = change.get("before", {}), change.get("after", {})
        names = list(dict.fromkeys([*before, *after]))
        return cls(
            entity_type=change["entity_type"],
            entity_id=strawberry.ID(change["entity_id"]),
            action=change["action"],
            fields=[
                AuditField(
                    name=name,
                    before=json.dumps(before[name]) if name in before else None,
                    after=json.dumps(after[name]) if name in after else None,
                )
                for name in names
            ],
        )


@strawberry.type(description="One change in the organization: who, through what, and what changed.")
class AuditEntry:
    id: strawberry.ID
    occurred_at: datetime
    actor_id: strawberry.ID | None
    token_id: strawberry.ID | None
    token_name: str | None
    interface: str = strawberry.field(
        description="graphql, graphql_ws, mcp, cli, scheduler, webhook, public_form or internal."
    )
    operation: str | None = strawberry.field(
        description="The GraphQL operation name, MCP tool or CLI command."
    )
    entity_type: str
    entity_id: strawberry.ID
    action: str = strawberry.field(description="The change's event type, e.g. task.created.")
    changes: list[AuditChange]
    request_id: str | None

    @classmethod
    def from_model(cls, row: AuditEntryRow) -> AuditEntry:
        def opt(value: object) -> strawberry.ID | None:
            return None if value is None else strawberry.ID(str(value))

        return cls(
            id=strawberry.ID(str(row.id)),
            occurred_at=row.occurred_at,
            actor_id=opt(row.actor_id),
            token_id=opt(row.token_id),
            token_name=row.token_name,
            interface=row.interface,
            operation=row.operation,
            entity_type=row.entity_type,
            entity_id=strawberry.ID(row.entity_id),
            action=row.action,
            changes=[AuditChange.from_json(change) for change in row.changes or []],
            request_id=row.request_id,
        )
