"""Workflow statuses: the organization's set, or a project's own set that replaces it; their rules.

The entry point of the domain, where the other domains and the schema call: which statuses a
workflow has lives in `workflows.py`, what a status may be in `rules.py`, and configuring a
workflow in `changes.py`.
"""

from __future__ import annotations

from backend.task_statuses.changes import (
    create_status,
    delete_status,
    reorder_statuses,
    update_status,
)
from backend.task_statuses.workflows import (
    DEFAULT_STATUSES,
    first_status,
    get_status,
    list_statuses,
    organization_statuses,
    seed_default_statuses,
    status_for_project,
    workflow,
)

__all__ = [
    "DEFAULT_STATUSES",
    "create_status",
    "delete_status",
    "first_status",
    "get_status",
    "list_statuses",
    "organization_statuses",
    "reorder_statuses",
    "seed_default_statuses",
    "status_for_project",
    "update_status",
    "workflow",
]
