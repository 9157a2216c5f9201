"""Task dependency events: anyone with access to the tasks' Space sees them."""

from __future__ import annotations

from backend.core.event_types import EventType


class TaskDependencyEvent(EventType):
    ADDED = "task_dependency.added", "A task became blocked by another."
    REMOVED = "task_dependency.removed", "A blocking dependency was removed."
