"""Invitation rules: an invitation accepted, for the person who sent it."""

from __future__ import annotations

from backend.core.unit_of_work import UnitOfWork
from backend.members.invitations import inviter_of
from backend.notifications.kinds import NotificationKind
from backend.notifications.rules import Draft, one_line, rule
from backend.notifications.rules.context import actor_name
from subscriptions import EventMessage


@rule("invitation.accepted")
async def accepted(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    inviter = await inviter_of(message.organization_id, message.entity_id)
    if inviter is None:
        return []
    text = one_line(f"{await actor_name(uow)} accepted your invitation and joined")
    return [
        Draft(inviter, NotificationKind.INVITATION_ACCEPTED, "invitation", message.entity_id, text)
    ]
