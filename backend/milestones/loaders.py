"""Milestone rows by id, batched per request."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.milestones.models import Milestone

milestones_by_id = by_id(Milestone)
