"""Milestone reads."""

from __future__ import annotations

import strawberry

from backend.core.fields import connection
from backend.milestones import service
from backend.milestones.types import Milestone


@strawberry.type
class MilestonesQuery:
    milestones_list = connection(
        service.list_milestones,
        Milestone,
        description="A Space's milestones, soonest target date first.",
    )
