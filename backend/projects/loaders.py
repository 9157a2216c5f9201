"""Projects by id, batched per request."""

from __future__ import annotations

from backend.core.loaders import by_id
from backend.projects.models import Project

projects_by_id = by_id(Project)
