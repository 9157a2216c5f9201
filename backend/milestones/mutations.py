"""Milestone changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.milestones import service
from backend.milestones.types import Milestone


@strawberry.type
class MilestonesMutation:
    milestones_create = mutation(
        service.create_milestone, Milestone, description="Add a milestone to a Space's Gantt chart."
    )
    milestones_update = mutation(
        service.update_milestone,
        Milestone,
        description="Change a milestone; omitted arguments stay unchanged, clear_description "
        "empties the description.",
    )
    milestones_delete = mutation(
        service.delete_milestone,
        Milestone,
        description="Delete a milestone; its tasks stay, detached from it.",
    )
