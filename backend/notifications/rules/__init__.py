"""Notification rules: which events notify whom, declared per source domain.

Each module of this package holds the rules for one domain's events (`rules/tasks.py` for
`task.*`), registered with `@rule("task.assigned")`. A rule returns drafts; the commit hook
(backend/notifications/hook.py) drops the actor, applies preferences and writes the rows.
A new source (chat mentions, invoices) adds a module and one import in `load()`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from backend.core.unit_of_work import UnitOfWork
from backend.notifications.kinds import NotificationKind
from subscriptions import EventMessage

MAX_TEXT = 300


@dataclass(frozen=True)
class Draft:
    recipient_id: str
    kind: NotificationKind
    entity_type: str
    entity_id: str
    text: str  # one line
    dedupe_key: str | None = None


Rule = Callable[[UnitOfWork, EventMessage], Awaitable[list[Draft]]]

_rules: dict[str, list[Rule]] = {}


def rule(*event_types: str) -> Callable[[Rule], Rule]:
    """Register the decorated function for these event wire names."""

    def register(function: Rule) -> Rule:
        for event_type in event_types:
            _rules.setdefault(event_type, []).append(function)
        return function

    return register


def rules_for(event_type: str) -> list[Rule]:
    load()
    return _rules.get(event_type, [])


def one_line(text: str) -> str:
    """Collapse whitespace and cut to MAX_TEXT characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_TEXT else flat[: MAX_TEXT - 1] + "…"


_loaded = False


def load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from backend.notifications.rules import (  # noqa: F401
        chat,
        invitations,
        invoices,
        tasks,
        tasks_comments,
    )
