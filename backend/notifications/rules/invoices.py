"""Invoice rules: an invoice paid, for the organization's billing members (manage_billing).

Keyed on the `invoice.paid` wire name, so it works as soon as the invoices domain records it.
"""

from __future__ import annotations

from backend.core.permissions import Permission, permissions_for
from backend.core.unit_of_work import UnitOfWork
from backend.members import service as members_service
from backend.notifications.kinds import NotificationKind
from backend.notifications.rules import Draft, one_line, rule
from backend.notifications.rules.context import actor_name
from subscriptions import EventMessage


@rule("invoice.paid")
async def paid(uow: UnitOfWork, message: EventMessage) -> list[Draft]:
    roles = await members_service.roles_in(organization_id=uow.principal.organization_id)
    billing = [
        user_id
        for user_id, role in sorted(roles.items())
        if Permission.MANAGE_BILLING in permissions_for(role)
    ]
    text = one_line(f"{await actor_name(uow)} marked an invoice paid")
    return [
        Draft(user_id, NotificationKind.INVOICE_PAID, "invoice", message.entity_id, text)
        for user_id in billing
    ]
