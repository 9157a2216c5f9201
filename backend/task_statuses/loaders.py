"""Statuses by id, batched per request."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.task_statuses.models import TaskStatus

statuses_by_id = by_id(TaskStatus)
