"""Row changes captured for the audit log, without code in any service.

`Entity` (backend/core/models.py) calls these: a row loaded inside a unit of work keeps a
snapshot of its column values (one dict per loaded row; rows loaded outside a unit of work pay
one context-variable read), and every `save()` / `delete()` inside a unit of work appends a
`Change` with the columns that differ, before and after. No extra query is made.

A row loaded before its unit of work began has no snapshot: its saved columns are recorded
with their new values only.

Not seen: `QuerySet.update()`, `QuerySet.delete()` and `bulk_create()` (they bypass model
instances); the unit of work's events still name what those changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

# Bookkeeping columns whose change says nothing a reader of the log needs.
IGNORED_FIELDS = frozenset({"created_at", "updated_at"})

ChangeAction = Literal["created", "updated", "deleted"]

_SNAKE = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass
class Change:
    entity_type: str  # the model's name in snake case: TaskAssignee → task_assignee
    entity_id: str
    action: ChangeAction
    before: dict[str, Any]
    after: dict[str, Any]


def entity_type_of(model: type[Any]) -> str:
    return _SNAKE.sub("_", model.__name__).lower()


def column_values(instance: Any) -> dict[str, Any]:
    """The row's column values by field name (`project_id` for a foreign key)."""
    return {
        name: getattr(instance, name, None)
        for name in instance._meta.fields_db_projection
        if name not in IGNORED_FIELDS
    }


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the columns whose value changed, on each side."""
    changed = [name for name in after if before.get(name) != after[name]]
    return {name: before.get(name) for name in changed}, {name: after[name] for name in changed}
