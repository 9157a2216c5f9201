"""Invitation rules: an invitation accepted, for the person who sent it.

The invitations model lands separately: `inviter_of` is the seam. At merge, point it at the
members domain's lookup (invitation id → the inviter's user id, None when unknown).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from backend.core.unit_of_work import UnitOfWork
from backend.notifications.kinds import NotificationKind
from backend.notifications.rules import Draft, one_line, rule
from backend.notifications.rules.context import actor_name
from subscriptions import EventMessage

InviterLookup = Callable[[str, str], Awaitable[str | None]]  # (organization id, invitation id)


async def _no_invitations_yet(organization_id: str, invitation_id: str) -> str | None:
    return None


inviter_of: InviterLookup = _no_invitations_yet


@rule("invitation.accepted")
async def accepted(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    inviter = await inviter_of(message.organization_id, message.entity_id)
    if inviter is None:
        return []
    text = one_line(f"{await actor_name(uow)} accepted your invitation and joined")
    return [
        Draft(inviter, NotificationKind.INVITATION_ACCEPTED, "invitation", message.entity_id, text)
    ]
