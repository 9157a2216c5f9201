"""TaskGroup rows by id, batched per request."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.task_groups.models import TaskGroup

groups_by_id = by_id(TaskGroup)
