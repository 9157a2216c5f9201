"""Membership events: every member sees them; they change what the member may see."""

from __future__ import annotations

from backend.core.event_types import AccessChange, EventType


class MemberEvent(EventType):
    # The entity id is the member's user id, as members are addressed everywhere else.
    ROLE_CHANGED = "member.role_changed", "A member's role changed.", AccessChange.MEMBER
    # Carries no amounts; the rates themselves are shown only to view_rates.
    RATES_CHANGED = "member.rates_changed", "A member's rates or weekly capacity changed."
    REMOVED = (
        "member.removed",
        "A user stopped being a member; their subscriptions end.",
        AccessChange.MEMBER,
    )
