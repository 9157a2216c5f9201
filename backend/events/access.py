"""Who may see an event: decided per event, against the subscriber's current access."""

from __future__ import annotations

from backend.core.permissions import Permission
from backend.core.principal import Principal
from backend.projects import service as projects_service
from subscriptions import EventMessage

# Events about things only their owner sees (a token, a time entry without a Space).
_PERSONAL = {"token"}


async def can_see(principal: Principal, message: EventMessage) -> bool:
    if message.organization_id != principal.organization_id:
        return False
    if message.entity_type in _PERSONAL:
        return message.actor_id == principal.user_id
    if (
        message.entity_type == "time_entry"
        and message.actor_id != principal.user_id
        and not principal.can(Permission.MANAGE_TIME)
    ):
        return False
    if message.project_id is not None:
        return await projects_service.can_access(principal, message.project_id)
    return True
