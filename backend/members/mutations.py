"""Member changes."""

from __future__ import annotations

import strawberry

from backend.core.fields import mutation
from backend.members import rates
from backend.members.types import Member


@strawberry.type
class MembersMutation:
    members_update_rates = mutation(
        rates.update_rates,
        Member,
        description="Set a member's billing rate, cost rate and weekly capacity (manage_members "
        "and view_rates); omitted ones stay, tracked time keeps its rates.",
    )
