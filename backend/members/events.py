"""Membership events: every member sees them; they change what the member may see.
Invitation events: only members who manage members see them."""

from __future__ import annotations

from backend.core.event_types import AccessChange, EventType, Viewer
from backend.core.permissions import Permission
from subscriptions import EventMessage


class MemberEvent(EventType):
    # The entity id is the member's user id, as members are addressed everywhere else.
    JOINED = "member.joined", "A user became a member (they accepted an invitation)."
    ROLE_CHANGED = "member.role_changed", "A member's role changed.", AccessChange.MEMBER
    # Carries no amounts; the rates themselves are shown only to view_rates.
    RATES_CHANGED = "member.rates_changed", "A member's rates or weekly capacity changed."
    REMOVED = (
        "member.removed",
        "A user stopped being a member; their subscriptions end.",
        AccessChange.MEMBER,
    )


async def member_managers(viewer: Viewer, message: EventMessage) -> bool:
    """Invitations carry people's emails and pending roles: only those who manage members."""
    return viewer.principal.can(Permission.MANAGE_MEMBERS)


class InvitationEvent(EventType, visibility=member_managers):
    CREATED = "invitation.created", "Someone was invited to join the organization."
    REVOKED = "invitation.revoked", "A pending invitation was revoked."
    ACCEPTED = "invitation.accepted", "An invitation was accepted: its invitee became a member."
